import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { modelRef } from "../../../framework/links/graphql-refs.ts";
import {
  createShippingProfilesWorkflow,
  deleteShippingProfilesWorkflow,
  updateShippingProfilesWorkflow,
} from "../../../workflows/fulfillment/index.ts";
import { metadataField } from "./inputs.ts";

const name = z.string().trim().min(1).max(200).describe("Unique among live shipping profiles.");
const type = z.string().trim().min(1).max(100).describe('"default", "gift_card" or your own kind.');

recordMutations("ShippingProfile", {
  ref: modelRef("ShippingProfile"),
  access: access.admin,
  batch: "shipping_profiles",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve("fulfillment").retrieveShippingProfile(id),
  create: {
    description: "Creates a shipping profile; a name already in use is a DUPLICATE userError.",
    schema: z.object({ name, type: type.nullish(), metadata: metadataField }),
    workflow: createShippingProfilesWorkflow,
    defaults: { type: "default" },
  },
  update: {
    description: "Updates a shipping profile's name, type or metadata.",
    schema: z.object({
      id: zodId().describe("The shipping profile to update."),
      name: name.nullish(),
      type: type.nullish(),
      metadata: metadataField,
    }),
    workflow: updateShippingProfilesWorkflow,
  },
  delete: {
    description: "Soft-deletes a shipping profile no shipping option uses (NOT_ALLOWED otherwise).",
    workflow: deleteShippingProfilesWorkflow,
  },
});
