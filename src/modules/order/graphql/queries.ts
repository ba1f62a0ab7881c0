import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { Order } from "../models.ts";
import { OrderRef } from "./types.ts";
import { rootRecord } from "../../../framework/graphql/root-record.ts";

builder.queryFields((t) => ({
  order: rootRecord(t, {
    type: OrderRef,
    model: Order,
    module: "order",
    authScopes: { ...access.store, customer: true },
    description:
      "An order by id, with its items, shipping methods, adjustments, tax lines, addresses and totals: for its customer, for a publishable key of its sales channel when a guest placed it, and for admins. Anyone else gets NOT_FOUND, as for an unknown id.",
    idDescription: "The order's id (from completeCart).",
    nullable: false,
    readScope: true,
  }),
}));
