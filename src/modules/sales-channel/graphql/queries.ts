import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { resolveCountedConnection } from "../../../framework/graphql/connection.ts";
import { parseInput } from "../../../framework/graphql/inputs.ts";
import { connectionNodeQuery } from "../../../framework/graphql/node-query.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { SalesChannelRef } from "./types.ts";

builder.queryFields((t) => ({
  salesChannels: t.connection({
    authScopes: access.admin,
    type: SalesChannelRef,
    args: { search: t.arg.string() },
    resolve: (_root, args, ctx, info) => resolveCountedConnection(args, ({ skip, take }) =>
      ctx.scope.resolve("salesChannel").listAndCountSalesChannels({ q: args.search ?? undefined }, { skip, take, order: { created_at: "ASC" }, prismaQuery: connectionNodeQuery(ctx, info) })),
  }, { name: "SalesChannelConnection" }, { name: "SalesChannelEdge" }),
}));

const CreateSalesChannelInput = builder.inputType("CreateSalesChannelInput", {
  fields: (t) => ({ name: t.string({ required: true }), description: t.string(), isDisabled: t.boolean() }),
});
const createSchema = z.object({ name: z.string().trim().min(1, "must not be empty"), description: z.string().nullish(), isDisabled: z.boolean().nullish() });

builder.mutationFields((t) => ({
  createSalesChannel: t.field({
    authScopes: access.admin,
    type: payloadType("SalesChannelPayload", "salesChannel", SalesChannelRef),
    args: { input: t.arg({ type: CreateSalesChannelInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(createSchema, args.input);
      const salesChannel = await ctx.scope.resolve("salesChannel").createSalesChannels({ name: input.name, description: input.description ?? null, is_disabled: input.isDisabled ?? false });
      return { salesChannel };
    }),
  }),
}));
