import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { Cart } from "../models.ts";
import { CartRef } from "./types.ts";
import { rootRecord } from "../../../framework/graphql/root-record.ts";

builder.queryFields((t) => ({
  cart: rootRecord(t, {
    type: CartRef,
    model: Cart,
    module: "cart",
    authScopes: access.store,
    description:
      "A cart by id, with its items, shipping methods, adjustments, tax lines and totals. A cart of another customer or of a sales channel outside the publishable key is NOT_FOUND, like an unknown id.",
    idDescription: "The cart's id (from createCart).",
    nullable: false,
    readScope: true,
  }),
}));
