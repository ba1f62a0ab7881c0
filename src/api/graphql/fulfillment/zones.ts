import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { modelRef } from "../../../framework/links/graphql-refs.ts";
import {
  createFulfillmentSetsWorkflow,
  createServiceZonesWorkflow,
  deleteFulfillmentSetsWorkflow,
  deleteServiceZonesWorkflow,
  updateServiceZonesWorkflow,
} from "../../../workflows/fulfillment/index.ts";
import { FulfillmentSetTypeEnum, geoZoneSchema, metadataField, serviceZoneSchema, toGeoZones } from "./inputs.ts";

const FulfillmentSetPayload = payloadType("FulfillmentSetPayload", "fulfillmentSet", modelRef("FulfillmentSet"));
const ServiceZonePayload = payloadType("ServiceZonePayload", "serviceZone", modelRef("ServiceZone"));

workflowMutation("createFulfillmentSet", {
  access: access.admin,
  description:
    "Creates a fulfillment set at a stock location with its service zones and geo zones; an unknown location or a geo zone without a valid country is a userError, and nothing is written.",
  input: {
    name: "CreateFulfillmentSetInput",
    schema: z.object({
      locationId: zodId().describe("The stock location that ships or serves pickups through this set."),
      name: z.string().trim().min(1).max(200).describe("Unique among live fulfillment sets."),
      type: z.enum(["shipping", "pickup"]).meta({ graphql: FulfillmentSetTypeEnum }).describe("shipping or pickup."),
      serviceZones: z.array(serviceZoneSchema).nullish().describe("Zones created with the set."),
      metadata: metadataField,
    }),
  },
  hooks: true,
  workflow: createFulfillmentSetsWorkflow,
  workflowInput: (input) => ({
    fulfillment_sets: [
      {
        location_id: input.locationId,
        name: input.name,
        type: input.type,
        metadata: input.metadata ?? null,
        service_zones: (input.serviceZones ?? []).map((z) => ({
          name: z.name,
          geo_zones: toGeoZones(z.geoZones ?? []),
        })),
      },
    ],
  }),
  payload: FulfillmentSetPayload,
  result: async ([created], _input, ctx) => ({
    fulfillmentSet: await ctx.scope.resolve("fulfillment").retrieveFulfillmentSet(created?.id ?? ""),
  }),
});

deleteMutation("deleteFulfillmentSet", {
  access: access.admin,
  description: "Soft-deletes a fulfillment set with its service zones and shipping options.",
  workflow: deleteFulfillmentSetsWorkflow,
});

workflowMutation("createServiceZone", {
  access: access.admin,
  description: "Creates a service zone with its geo zones in a fulfillment set.",
  input: {
    name: "CreateServiceZoneInput",
    schema: z.object({
      fulfillmentSetId: zodId().describe("The fulfillment set the zone belongs to."),
      name: z.string().trim().min(1).max(200).describe("Unique among live service zones."),
      geoZones: z.array(geoZoneSchema).nullish().describe("The areas the zone serves."),
      metadata: metadataField,
    }),
  },
  hooks: true,
  workflow: createServiceZonesWorkflow,
  workflowInput: (input) => ({
    service_zones: [
      {
        fulfillment_set_id: input.fulfillmentSetId,
        name: input.name,
        metadata: input.metadata ?? null,
        geo_zones: toGeoZones(input.geoZones ?? []),
      },
    ],
  }),
  payload: ServiceZonePayload,
  result: async ([created], _input, ctx) => ({
    serviceZone: await ctx.scope.resolve("fulfillment").retrieveServiceZone(created?.id ?? ""),
  }),
});

workflowMutation("updateServiceZone", {
  access: access.admin,
  description: "Updates a service zone; given geo zones replace its geo zones.",
  input: {
    name: "UpdateServiceZoneInput",
    schema: z.object({
      id: zodId().describe("The service zone to update."),
      name: z.string().trim().min(1).max(200).nullish().describe("Unique among live service zones."),
      geoZones: z.array(geoZoneSchema).nullish().describe("Replaces the zone's geo zones."),
      metadata: metadataField,
    }),
  },
  hooks: true,
  workflow: updateServiceZonesWorkflow,
  workflowInput: (input) => ({
    service_zones: [
      {
        id: input.id,
        ...(input.name ? { name: input.name } : {}),
        ...(input.metadata ? { metadata: input.metadata } : {}),
        ...(input.geoZones ? { geo_zones: toGeoZones(input.geoZones) } : {}),
      },
    ],
  }),
  payload: ServiceZonePayload,
  result: async (_output, input, ctx) => ({
    serviceZone: await ctx.scope.resolve("fulfillment").retrieveServiceZone(input.id),
  }),
});

deleteMutation("deleteServiceZone", {
  access: access.admin,
  description: "Soft-deletes a service zone with its geo zones and shipping options.",
  workflow: deleteServiceZonesWorkflow,
});
