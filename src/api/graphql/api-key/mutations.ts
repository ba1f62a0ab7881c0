import { z } from "zod";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { parseInput } from "../../../framework/graphql/inputs.ts";
import { DeleteInput, payloadType } from "../../../framework/graphql/payloads.ts";
import { UserError, type UserErrorShape } from "../../../framework/graphql/user-errors.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import type { Row } from "../../../framework/modules/service-factory.ts";
import { idempotencyKeyDescription, runMutationWorkflow } from "../../../framework/graphql/run-workflow.ts";
import { isRedacted } from "../../../framework/workflows/index.ts";
import { createApiKeysWorkflow } from "../../../workflows/api-key/create-api-keys.ts";
import { revokeApiKeysWorkflow } from "../../../workflows/api-key/revoke-api-keys.ts";
import { ApiKeyRef, ApiKeyType } from "../../../modules/api-key/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const CreateApiKeyInput = builder.inputType("CreateApiKeyInput", {
  fields: (t) => ({
    title: t.string({ required: true }),
    type: t.field({ type: ApiKeyType, required: true }),
    salesChannelIds: t.stringList({ description: "Publishable keys only: the sales channels the key is scoped to." }),
    idempotencyKey: t.string({
      description: `${idempotencyKeyDescription} A retry answers token: null (the key is shown once).`,
    }),
  }),
});
const createSchema = z.object({
  title: z.string().trim().min(1, "must not be empty").max(200),
  type: z.enum(["publishable", "secret"]),
  salesChannelIds: z.array(z.string().min(1)).nullish(),
});

type CreatedKey = { apiKey?: Row<"ApiKey"> | null; token?: string | null; userErrors: UserErrorShape[] };
const CreateApiKeyPayload = builder.objectRef<CreatedKey>("CreateApiKeyPayload").implement({
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, nullable: true, resolve: (p) => p.apiKey ?? null }),
    token: t.string({
      nullable: true,
      description: "The key. For a secret key this is the only time it is shown: store it now.",
      resolve: (p) => p.token ?? null,
    }),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
  }),
});

/** Who did it, for created_by / revoked_by: a user id or a secret key's id. */
const actorOf = (ctx: { auth: { actorId: string | null } }) => ctx.auth.actorId;

builder.mutationFields((t) => ({
  createApiKey: t.field({
    authScopes: access.admin,
    type: CreateApiKeyPayload,
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const channelIds = input.salesChannelIds ?? [];
        if (channelIds.length) {
          const found = await ctx.scope.resolve(Modules.SALES_CHANNEL).listSalesChannels({ id: channelIds });
          const missing = channelIds.find((id) => !found.some((c) => c.id === id));
          if (missing)
            throw new TesseraError(TesseraError.Types.INVALID_DATA, `Sales channel ${missing} does not exist`, {
              field: ["salesChannelIds"],
            });
        }
        const [issued] = await runMutationWorkflow(
          createApiKeysWorkflow,
          ctx.scope,
          {
            api_keys: [
              { title: input.title, type: input.type, created_by: actorOf(ctx), sales_channel_ids: channelIds },
            ],
          },
          args.input.idempotencyKey,
        );
        if (!issued) throw new TesseraError(TesseraError.Types.UNEXPECTED_STATE, "No key was issued");
        // The stored row (with the hash) is re-read for the type's fields; the hash itself is never a field.
        // A replay's result has the token redacted: the key was shown to the first call only.
        return {
          apiKey: await ctx.scope.resolve(Modules.API_KEY).retrieveApiKey(issued.apiKey.id),
          token: isRedacted(issued.token) ? null : issued.token,
        };
      }),
  }),
  revokeApiKey: t.field({
    authScopes: access.admin,
    type: payloadType("RevokeApiKeyPayload", "apiKey", ApiKeyRef),
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await revokeApiKeysWorkflow(ctx.scope).run({ input: { ids: [args.input.id], revoked_by: actorOf(ctx) } });
        return { apiKey: await ctx.scope.resolve(Modules.API_KEY).retrieveApiKey(args.input.id) };
      }),
  }),
}));
