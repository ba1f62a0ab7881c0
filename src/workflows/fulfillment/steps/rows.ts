import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import type { Row } from "../../../framework/modules/service-factory.ts";
import type {
  FulfillmentSetInput,
  ServiceZoneInput,
  ShippingOptionInput,
  ShippingOptionUpdate,
} from "../../../modules/fulfillment/service.ts";
import type { GeoZoneInput } from "../../../modules/fulfillment/geo-zones.ts";
import type { ShippingOptionRuleInput } from "../../../modules/fulfillment/rules.ts";
import { columnsOf, each, moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep, updateRowsStep, softDeleteRowsStep } = moduleRowSteps("fulfillment");

export interface ShippingProfileInput {
  name: string;
  type: string;
  metadata?: Record<string, unknown> | null;
}
export type ShippingProfileUpdate = Partial<ShippingProfileInput> & { id: string };
export type ServiceZoneUpdate = {
  id: string;
  name?: string;
  geo_zones?: GeoZoneInput[];
  metadata?: Record<string, unknown> | null;
};

const json = (value: Record<string, unknown> | null | undefined) => (value ?? undefined) as object | undefined;

export const createShippingProfilesStepId = "create-shipping-profiles";
/** Creates shipping profiles (a live name is unique: DUPLICATE); compensation deletes them. */
export const createShippingProfilesStep = createRowsStep(
  createShippingProfilesStepId,
  (s, input: ShippingProfileInput[]) =>
    each(input, (p) => s.createShippingProfiles({ ...p, metadata: json(p.metadata) })),
  (s, ids) => s.deleteShippingProfiles(ids),
);

export const updateShippingProfilesStepId = "update-shipping-profiles";
/** Updates shipping profiles; compensation writes back their columns. */
export const updateShippingProfilesStep = updateRowsStep(updateShippingProfilesStepId, {
  snapshot: (s, ids) => each(ids, (id) => s.retrieveShippingProfile(id)),
  update: (s, input: ShippingProfileUpdate[]) =>
    each(input, (p) => s.updateShippingProfiles({ ...p, metadata: json(p.metadata) })),
  restore: (s, previous) => each(previous, (p) => s.updateShippingProfiles({ id: p.id, ...columnsOf(p) })),
});

export const deleteShippingProfilesStepId = "delete-shipping-profiles";
/** Soft-deletes shipping profiles that no live shipping option uses (NOT_ALLOWED otherwise); compensation restores them. */
export const deleteShippingProfilesStep = softDeleteRowsStep(deleteShippingProfilesStepId, {
  retrieve: async (s, id) => {
    await s.retrieveShippingProfile(id);
    const [used] = await s.listShippingOptions({ shipping_profile_id: id }, { take: 1, select: ["id"] });
    if (used)
      throw new TesseraError(
        TesseraError.Types.NOT_ALLOWED,
        "The shipping profile has shipping options: delete them first",
        {
          field: ["id"],
        },
      );
  },
  softDelete: (s, ids) => s.softDeleteShippingProfiles(ids),
  restore: (s, ids) => s.restoreShippingProfiles(ids),
});

export const createFulfillmentSetsStepId = "create-fulfillment-sets";
/** Creates fulfillment sets with their service zones and geo zones; compensation deletes them (zones with them). */
export const createFulfillmentSetsStep = createRowsStep(
  createFulfillmentSetsStepId,
  (s, input: FulfillmentSetInput[]) => s.createFulfillmentSetsWithZones(input),
  (s, ids) => s.deleteFulfillmentSets(ids),
);

export const deleteFulfillmentSetsStepId = "delete-fulfillment-sets";
/** Soft-deletes fulfillment sets with their zones and options; compensation restores them. */
export const deleteFulfillmentSetsStep = softDeleteRowsStep(deleteFulfillmentSetsStepId, {
  retrieve: (s, id) => s.retrieveFulfillmentSet(id),
  softDelete: (s, ids) => s.softDeleteFulfillmentSets(ids),
  restore: (s, ids) => s.restoreFulfillmentSets(ids),
});

export const createServiceZonesStepId = "create-service-zones";
/** Creates service zones with their geo zones; compensation deletes them. */
export const createServiceZonesStep = createRowsStep(
  createServiceZonesStepId,
  (s, input: ServiceZoneInput[]) => s.createServiceZonesWithGeoZones(input),
  (s, ids) => s.deleteServiceZones(ids),
);

type ZoneSnapshot = Row<"ServiceZone"> & { geo_zones?: Row<"GeoZone">[] };
export const updateServiceZonesStepId = "update-service-zones";
/** Updates service zones (geo zones replace theirs); compensation writes back the name and geo zones. */
export const updateServiceZonesStep = updateRowsStep(updateServiceZonesStepId, {
  snapshot: (s, ids) =>
    each(ids, (id): Promise<ZoneSnapshot> => s.retrieveServiceZone(id, { relations: ["geo_zones"] })),
  update: (s, input: ServiceZoneUpdate[]) => each(input, (z) => s.updateServiceZoneWithGeoZones(z)),
  restore: (s, previous) =>
    each(previous, (z) =>
      s.updateServiceZoneWithGeoZones({
        id: z.id,
        name: z.name,
        metadata: z.metadata as Record<string, unknown> | null,
        geo_zones: (z.geo_zones ?? []).map((g) => ({
          type: g.type as GeoZoneInput["type"],
          country_code: g.country_code,
          province_code: g.province_code,
          city: g.city,
          postal_expression: g.postal_expression,
        })),
      }),
    ),
});

export const deleteServiceZonesStepId = "delete-service-zones";
/** Soft-deletes service zones with their geo zones and options; compensation restores them. */
export const deleteServiceZonesStep = softDeleteRowsStep(deleteServiceZonesStepId, {
  retrieve: (s, id) => s.retrieveServiceZone(id),
  softDelete: (s, ids) => s.softDeleteServiceZones(ids),
  restore: (s, ids) => s.restoreServiceZones(ids),
});

export const createShippingOptionsStepId = "create-shipping-options";
/** Creates shipping options with type and rules, checked against their provider; compensation deletes them. */
export const createShippingOptionsStep = createRowsStep(
  createShippingOptionsStepId,
  (s, input: ShippingOptionInput[]) => s.createShippingOptionsWithRules(input),
  (s, ids) => s.deleteShippingOptionsWithTypes(ids),
);

type OptionSnapshot = Row<"ShippingOption"> & {
  rules?: Row<"ShippingOptionRule">[];
  type?: Row<"ShippingOptionType"> | null;
};
export const updateShippingOptionsStepId = "update-shipping-options";
/** Updates shipping options (rules and type replace theirs); compensation writes back columns, rules and type. */
export const updateShippingOptionsStep = updateRowsStep(updateShippingOptionsStepId, {
  snapshot: (s, ids) =>
    each(ids, (id): Promise<OptionSnapshot> => s.retrieveShippingOption(id, { relations: ["rules", "type"] })),
  update: (s, input: ShippingOptionUpdate[]) => each(input, (o) => s.updateShippingOptionWithRules(o)),
  restore: (s, previous) =>
    each(previous, (o) =>
      s.updateShippingOptionWithRules({
        id: o.id,
        name: o.name,
        price_type: o.price_type as ShippingOptionInput["price_type"],
        shipping_profile_id: o.shipping_profile_id,
        provider_id: o.provider_id,
        data: o.data as Record<string, unknown> | null,
        metadata: o.metadata as Record<string, unknown> | null,
        type: o.type ? { label: o.type.label, description: o.type.description, code: o.type.code } : null,
        rules: (o.rules ?? []).map(
          (r): ShippingOptionRuleInput => ({
            attribute: r.attribute,
            operator: r.operator as ShippingOptionRuleInput["operator"],
            value: r.value as string | string[],
          }),
        ),
      }),
    ),
});

export const deleteShippingOptionsStepId = "delete-shipping-options";
/** Soft-deletes shipping options with their rules; compensation restores them. */
export const deleteShippingOptionsStep = softDeleteRowsStep(deleteShippingOptionsStepId, {
  retrieve: (s, id) => s.retrieveShippingOption(id),
  softDelete: (s, ids) => s.softDeleteShippingOptions(ids),
  restore: (s, ids) => s.restoreShippingOptions(ids),
});
