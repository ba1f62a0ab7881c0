import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import {
  IdempotentDeleteInput,
  idempotencyKeyDescription,
  runMutationWorkflow,
} from "../../../framework/graphql/run-workflow.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import {
  createSalesChannelsWorkflow,
  deleteSalesChannelsWorkflow,
  updateSalesChannelsWorkflow,
} from "../../../workflows/sales-channel/index.ts";
import { SalesChannelRef } from "../../../modules/sales-channel/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const name = z.string().trim().min(1, "must not be empty").max(500);
const metadata = z.record(z.string(), z.unknown()).nullish();
const createSchema = z.object({ name, description: z.string().nullish(), isDisabled: z.boolean().nullish(), metadata });
const updateSchema = z.object({
  id: z.string().min(1),
  name: name.nullish(),
  description: z.string().nullish(),
  isDisabled: z.boolean().nullish(),
  metadata,
});

const CreateSalesChannelInput = builder.inputType("CreateSalesChannelInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    isDisabled: t.boolean(),
    metadata: t.field({ type: "JSON" }),
    additionalData: t.field({
      type: "JSON",
      description: "Passed to the salesChannelsCreated hook as additional_data.",
    }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const UpdateSalesChannelInput = builder.inputType("UpdateSalesChannelInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    description: t.string(),
    isDisabled: t.boolean(),
    metadata: t.field({ type: "JSON" }),
    additionalData: t.field({
      type: "JSON",
      description: "Passed to the salesChannelsUpdated hook as additional_data.",
    }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
export const SalesChannelPayload = payloadType("SalesChannelPayload", "salesChannel", SalesChannelRef);

const additional = (value: unknown) =>
  value && typeof value === "object" ? (value as Record<string, unknown>) : undefined;

builder.mutationFields((t) => ({
  createSalesChannel: t.field({
    authScopes: access.admin,
    type: SalesChannelPayload,
    description: "Creates a sales channel (createSalesChannelsWorkflow; emits sales-channel.created).",
    args: { input: t.arg({ type: CreateSalesChannelInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await runMutationWorkflow(
          createSalesChannelsWorkflow,
          ctx.scope,
          {
            salesChannels: [
              {
                name: input.name,
                description: input.description ?? null,
                is_disabled: input.isDisabled ?? false,
                ...definedOnly({ metadata: input.metadata as object | undefined }),
              },
            ],
            additional_data: additional(args.input.additionalData),
          },
          args.input.idempotencyKey,
        );
        return { salesChannel: await ctx.scope.resolve(Modules.SALES_CHANNEL).retrieveSalesChannel(created?.id ?? "") };
      }),
  }),
  updateSalesChannel: t.field({
    authScopes: access.admin,
    type: SalesChannelPayload,
    description:
      "Updates a sales channel (updateSalesChannelsWorkflow; emits sales-channel.updated). An unknown id is NOT_FOUND.",
    args: { input: t.arg({ type: UpdateSalesChannelInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await runMutationWorkflow(
          updateSalesChannelsWorkflow,
          ctx.scope,
          {
            salesChannels: [
              {
                id: input.id,
                ...definedOnly({
                  name: input.name,
                  description: input.description,
                  is_disabled: input.isDisabled,
                  metadata: input.metadata as object | undefined,
                }),
              },
            ],
            additional_data: additional(args.input.additionalData),
          },
          args.input.idempotencyKey,
        );
        return { salesChannel: await ctx.scope.resolve(Modules.SALES_CHANNEL).retrieveSalesChannel(input.id) };
      }),
  }),
  deleteSalesChannel: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    description:
      "Soft-deletes a sales channel and its links to products and stock locations (deleteSalesChannelsWorkflow; emits sales-channel.deleted). An unknown id is NOT_FOUND.",
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deleteSalesChannelsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
