import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { columnsOf } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { modelRef } from "../../../framework/links/graphql-refs.ts";
import {
  createShippingProfilesWorkflow,
  deleteShippingProfilesWorkflow,
  updateShippingProfilesWorkflow,
} from "../../../workflows/fulfillment/index.ts";
import { metadataField } from "./inputs.ts";

const ShippingProfilePayload = payloadType("ShippingProfilePayload", "shippingProfile", modelRef("ShippingProfile"));
const name = z.string().trim().min(1).max(200).describe("Unique among live shipping profiles.");
const type = z.string().trim().min(1).max(100).describe('"default", "gift_card" or your own kind.');

workflowMutation("createShippingProfile", {
  access: access.admin,
  description: "Creates a shipping profile; a name already in use is a DUPLICATE userError.",
  input: {
    name: "CreateShippingProfileInput",
    schema: z.object({ name, type: type.nullish(), metadata: metadataField }),
  },
  hooks: true,
  workflow: createShippingProfilesWorkflow,
  workflowInput: (input) => ({ shipping_profiles: [{ ...columnsOf(input), type: input.type ?? "default" }] }),
  payload: ShippingProfilePayload,
  result: async ([created], _input, ctx) => ({
    shippingProfile: await ctx.scope.resolve("fulfillment").retrieveShippingProfile(created?.id ?? ""),
  }),
});

workflowMutation("updateShippingProfile", {
  access: access.admin,
  description: "Updates a shipping profile's name, type or metadata.",
  input: {
    name: "UpdateShippingProfileInput",
    schema: z.object({
      id: zodId().describe("The shipping profile to update."),
      name: name.nullish(),
      type: type.nullish(),
      metadata: metadataField,
    }),
  },
  hooks: true,
  workflow: updateShippingProfilesWorkflow,
  workflowInput: (input) => ({ shipping_profiles: [columnsOf(input)] }),
  payload: ShippingProfilePayload,
  result: async (_output, input, ctx) => ({
    shippingProfile: await ctx.scope.resolve("fulfillment").retrieveShippingProfile(input.id),
  }),
});

deleteMutation("deleteShippingProfile", {
  access: access.admin,
  description: "Soft-deletes a shipping profile no shipping option uses (NOT_ALLOWED otherwise).",
  workflow: deleteShippingProfilesWorkflow,
});
