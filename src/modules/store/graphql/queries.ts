import { access } from "../../../framework/graphql/auth-scopes.ts";
import { Store } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
import { StoreRef } from "./types.ts";

const storeList = listInputs(Store, { sort: ["name", "created_at"] });

builder.queryFields((t) => ({
  store: t.prismaField({
    authScopes: access.store,
    type: StoreRef,
    nullable: true,
    description:
      "A store by id, or the first store when no id is given. Storefronts (a publishable key) read its public part: name, currencies, default region, countries and default sales channel.",
    args: { id: t.arg.id({ description: "The store's id (store_…); omitted: the first store created." }) },
    resolve: async (query, _root, args, ctx) => {
      const [store] = await ctx.scope
        .resolve("store")
        .listStores(args.id ? { id: args.id } : {}, { take: 1, prismaQuery: query, order: { created_at: "ASC" } });
      return store ?? null;
    },
  }),
  stores: rootList(t, { type: StoreRef, list: storeList, module: "store", authScopes: access.admin }),
}));
