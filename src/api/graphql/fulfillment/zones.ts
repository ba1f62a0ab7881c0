import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
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

/** A new set's service zones with their geo zones, as the workflow takes them. */
const toServiceZones = (zones: z.output<typeof serviceZoneSchema>[]) =>
  zones.map((zone) => ({ name: zone.name, geo_zones: toGeoZones(zone.geoZones ?? []) }));

recordMutations("FulfillmentSet", {
  ref: modelRef("FulfillmentSet"),
  access: access.admin,
  batch: "fulfillment_sets",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve("fulfillment").retrieveFulfillmentSet(id),
  create: {
    description:
      "Creates a fulfillment set at a stock location with its service zones and geo zones; an unknown location or a geo zone without a valid country is a userError, and nothing is written.",
    schema: z.object({
      locationId: zodId().describe("The stock location that ships or serves pickups through this set."),
      name: z.string().trim().min(1).max(200).describe("Unique among live fulfillment sets."),
      type: z.enum(["shipping", "pickup"]).meta({ graphql: FulfillmentSetTypeEnum }).describe("shipping or pickup."),
      serviceZones: z.array(serviceZoneSchema).nullish().describe("Zones created with the set."),
      metadata: metadataField,
    }),
    workflow: createFulfillmentSetsWorkflow,
    convert: { serviceZones: toServiceZones },
    defaults: { metadata: null, service_zones: [] },
  },
  delete: {
    description: "Soft-deletes a fulfillment set with its service zones and shipping options.",
    workflow: deleteFulfillmentSetsWorkflow,
  },
});

recordMutations("ServiceZone", {
  ref: modelRef("ServiceZone"),
  access: access.admin,
  batch: "service_zones",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve("fulfillment").retrieveServiceZone(id),
  create: {
    description: "Creates a service zone with its geo zones in a fulfillment set.",
    schema: z.object({
      fulfillmentSetId: zodId().describe("The fulfillment set the zone belongs to."),
      name: z.string().trim().min(1).max(200).describe("Unique among live service zones."),
      geoZones: z.array(geoZoneSchema).nullish().describe("The areas the zone serves."),
      metadata: metadataField,
    }),
    workflow: createServiceZonesWorkflow,
    convert: { geoZones: toGeoZones },
    defaults: { metadata: null, geo_zones: [] },
  },
  update: {
    description: "Updates a service zone; given geo zones replace its geo zones.",
    schema: z.object({
      id: zodId().describe("The service zone to update."),
      name: z.string().trim().min(1).max(200).nullish().describe("Unique among live service zones."),
      geoZones: z.array(geoZoneSchema).nullish().describe("Replaces the zone's geo zones."),
      metadata: metadataField,
    }),
    workflow: updateServiceZonesWorkflow,
    convert: { geoZones: toGeoZones },
  },
  delete: {
    description: "Soft-deletes a service zone with its geo zones and shipping options.",
    workflow: deleteServiceZonesWorkflow,
  },
});
