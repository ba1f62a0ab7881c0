import { z } from "zod";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { payloadType, shownOnce, tokenPayloadType } from "../../../framework/graphql/payloads.ts";
import { idempotencyKeyDescription } from "../../../framework/graphql/run-workflow.ts";
import { DeleteInput, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { ApiKeyRef, ApiKeyType } from "../../../modules/api-key/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";
import { createApiKeysWorkflow } from "../../../workflows/api-key/create-api-keys.ts";
import { revokeApiKeysWorkflow } from "../../../workflows/api-key/revoke-api-keys.ts";

const createSchema = z.object({
  title: z.string().trim().min(1, "must not be empty").max(200).describe("A name for the key, shown to admins."),
  type: z
    .enum(["publishable", "secret"])
    .meta({ graphql: ApiKeyType })
    .describe("publishable (storefront, scoped to sales channels) or secret (admin API access)."),
  salesChannelIds: z
    .array(z.string().min(1))
    .nullish()
    .describe("Publishable keys only: the sales channels the key is scoped to."),
  idempotencyKey: z
    .string()
    .nullish()
    .describe(`${idempotencyKeyDescription} A retry answers token: null (the key is shown once).`),
});

const CreateApiKeyPayload = tokenPayloadType(
  "CreateApiKeyPayload",
  "apiKey",
  ApiKeyRef,
  "The key. For a secret key this is the only time it is shown: store it now.",
);

/** Who did it, for created_by / revoked_by: a user id or a secret key's id. */
const actorOf = (ctx: GraphQLContext) => ctx.auth.actorId;

/** An unknown sales channel is a userError naming the field, before any key is issued. */
async function assertChannelsExist(ctx: GraphQLContext, channelIds: string[]) {
  if (!channelIds.length) return;
  const found = await ctx.scope.resolve(Modules.SALES_CHANNEL).listSalesChannels({ id: channelIds });
  const missing = channelIds.find((id) => !found.some((c) => c.id === id));
  if (missing)
    throw new TesseraError(TesseraError.Types.INVALID_DATA, `Sales channel ${missing} does not exist`, {
      field: ["salesChannelIds"],
    });
}

workflowMutation("createApiKey", {
  access: access.admin,
  description: "Issues a publishable (storefront) or secret (admin) API key; the token is shown in this answer only.",
  input: { name: "CreateApiKeyInput", schema: createSchema },
  workflow: createApiKeysWorkflow,
  workflowInput: async (input, ctx) => {
    const channelIds = input.salesChannelIds ?? [];
    await assertChannelsExist(ctx, channelIds);
    return {
      api_keys: [{ title: input.title, type: input.type, created_by: actorOf(ctx), sales_channel_ids: channelIds }],
    };
  },
  payload: CreateApiKeyPayload,
  result: async ([issued], _input, ctx) => {
    if (!issued) throw new TesseraError(TesseraError.Types.UNEXPECTED_STATE, "No key was issued");
    // The stored row (with the hash) is re-read for the type's fields; the hash itself is never a field.
    return {
      apiKey: await ctx.scope.resolve(Modules.API_KEY).retrieveApiKey(issued.apiKey.id),
      token: shownOnce(issued.token),
    };
  },
});

workflowMutation("revokeApiKey", {
  access: access.admin,
  description: "Revokes a key: requests carrying it are refused from now on.",
  input: DeleteInput,
  workflow: revokeApiKeysWorkflow,
  workflowInput: ({ id }, ctx) => ({ ids: [id], revoked_by: actorOf(ctx) }),
  payload: payloadType("RevokeApiKeyPayload", "apiKey", ApiKeyRef),
  result: async (_output, { id }, ctx) => ({ apiKey: await ctx.scope.resolve(Modules.API_KEY).retrieveApiKey(id) }),
});
