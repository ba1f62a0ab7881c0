import { beforeAll, describe, expect, it } from "vitest";
import { TesseraError } from "../../src/framework/errors/tessera-error.ts";
import { recordEvents } from "../../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../../src/framework/test-utils/runners.ts";
import {
  createInventoryLevelsWorkflow,
  createReservationsWorkflow,
  deleteReservationsWorkflow,
} from "../../src/workflows/inventory/index.ts";
import {
  createRegionsWorkflow,
  deleteRegionsWorkflow,
  updateRegionsWorkflow,
} from "../../src/workflows/region/index.ts";
import { updateStockLocationsWorkflow } from "../../src/workflows/stock-location/index.ts";
import { createTaxRegionsWorkflow } from "../../src/workflows/tax/index.ts";
import {
  CreateInventoryItemMutation,
  CreateRegionMutation,
  CreateReservationMutation,
  CreateStockLocationMutation,
  CreateStoreMutation,
  CreateTaxRateMutation,
  CreateTaxRegionMutation,
  UpdateRegionMutation,
} from "../operations/catalog.ts";
import {
  CreateInventoryLevelMutation,
  DeleteReservationMutation,
  DeleteStoreMutation,
  UpdateStockLocationMutation,
  UpdateTaxRateMutation,
} from "../operations/commerce.ts";

// A hook refuses when the mutation's additionalData asks it to: what the workflow wrote must vanish.
const refuse = ({ additional_data }: { additional_data?: Record<string, unknown> }) => {
  if (additional_data?.refuse) throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Refused by a hook");
};
createRegionsWorkflow.hooks.regionsCreated(refuse);
updateRegionsWorkflow.hooks.regionsUpdated(refuse);
const refuseRegionDeletes = { on: false };
deleteRegionsWorkflow.hooks.regionsDeleted(() => {
  if (refuseRegionDeletes.on) throw new TesseraError(TesseraError.Types.CONFLICT, "The region has open carts");
});
createInventoryLevelsWorkflow.hooks.inventoryLevelsCreated(refuse);
createReservationsWorkflow.hooks.reservationsCreated(refuse);
createTaxRegionsWorkflow.hooks.taxRegionsCreated(refuse);
updateStockLocationsWorkflow.hooks.stockLocationsUpdated(refuse);
deleteReservationsWorkflow.hooks.reservationsDeleted(() => {
  throw new TesseraError(TesseraError.Types.CONFLICT, "The reservation belongs to an open order");
});

const refused = { userErrors: [{ field: null, message: "Refused by a hook", code: "NOT_ALLOWED" }] };
const eventNames = [
  "region.created",
  "region.updated",
  "region.deleted",
  "price-preference.created",
  "price-preference.updated",
  "price-preference.deleted",
  "inventory-level.created",
  "reservation-item.created",
  "tax-region.created",
  "store.created",
  "store.deleted",
] as const;

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const events = new Map<string, { id: string }[]>();
    beforeAll(() => {
      for (const name of eventNames)
        events.set(name, recordEvents<{ id: string }>(getContainer().resolve("eventBus"), name).received);
    });
    /** Ids of the `name` events delivered so far, once every emitted event has been handled. */
    const emitted = async (name: (typeof eventNames)[number]) => {
      await getContainer().resolve("eventBus").drain();
      return (events.get(name) ?? []).map((e) => e.id);
    };

    describe("region workflows", () => {
      it("a failing regionsCreated hook leaves no region, no country and no pricing preference, and emits nothing", async () => {
        const res = await api.graphql(CreateRegionMutation, {
          input: {
            name: "Hooked",
            currencyCode: "eur",
            countries: ["pt"],
            isTaxInclusive: true,
            additionalData: { refuse: true },
          },
        });
        expect(res.data?.createRegion).toEqual({ region: null, ...refused });
        expect(await getContainer().resolve("region").listRegions({ name: "Hooked" }, { withDeleted: true })).toEqual(
          [],
        );
        expect(await getContainer().resolve("region").listCountries({ iso_2: "pt" }, { withDeleted: true })).toEqual(
          [],
        );
        expect(await getContainer().resolve("pricing").listPricePreferences({ attribute: "region_id" })).toEqual([]);
        expect(await emitted("region.created")).toEqual([]);
      });

      it("the same idempotencyKey twice creates one region and emits region.created once", async () => {
        const input = {
          name: "Iberia",
          currencyCode: "eur",
          countries: ["pt", "es"],
          isTaxInclusive: true,
          idempotencyKey: "region-iberia",
        };
        const first = await api.graphql(CreateRegionMutation, { input });
        const second = await api.graphql(CreateRegionMutation, { input });
        expect(first.data?.createRegion.region).toMatchObject({ countries: ["es", "pt"], isTaxInclusive: true });
        expect(second.data?.createRegion).toEqual(first.data?.createRegion);
        expect(await getContainer().resolve("region").listRegions({ name: "Iberia" })).toHaveLength(1);
        expect(await emitted("region.created")).toEqual([first.data?.createRegion.region?.id]);
      });

      it("a failing regionsUpdated hook writes the old columns, countries and preference back", async () => {
        const created = await api.graphql(CreateRegionMutation, {
          input: { name: "Alps", currencyCode: "chf", countries: ["ch", "li"], isTaxInclusive: false },
        });
        const id = created.data?.createRegion.region?.id ?? "";
        const res = await api.graphql(UpdateRegionMutation, {
          input: {
            id,
            name: "Renamed",
            currencyCode: "eur",
            countries: ["at"],
            isTaxInclusive: true,
            additionalData: { refuse: true },
          },
        });
        expect(res.data?.updateRegion).toEqual({ region: null, ...refused });
        const region = await getContainer()
          .resolve("region")
          .retrieveRegion(id, { relations: ["countries"] });
        expect([region.name, region.currency_code, region.countries?.map((c) => c.iso_2).sort()]).toEqual([
          "Alps",
          "chf",
          ["ch", "li"],
        ]);
        expect(
          (await getContainer().resolve("pricing").listPricePreferences({ value: id })).map((p) => p.is_tax_inclusive),
        ).toEqual([false]);
        expect(await emitted("region.updated")).toEqual([]);
        const unknown = await api.graphql(UpdateRegionMutation, {
          input: { id, currencyCode: "zzz", countries: ["at"] },
        });
        expect(unknown.data?.updateRegion.userErrors).toEqual([
          { field: ["input", "currencyCode"], message: "Unknown currency: zzz", code: "INVALID_DATA" },
        ]);
        expect(await getContainer().resolve("region").listCountries({ iso_2: "at" })).toEqual([]);
      });
    });

    describe("regions and their pricing preference", () => {
      const DELETE_REGION =
        "mutation($input: IdempotentDeleteInput!) { deleteRegion(input: $input) { deletedId userErrors { code } } }";
      it("keeps the tax-inclusive flag as a price preference through create, update and delete, with its events", async () => {
        const pricing = getContainer().resolve("pricing");
        const created = await api.graphql(CreateRegionMutation, {
          input: { name: "Nordics", currencyCode: "eur", countries: ["fi", "se"], isTaxInclusive: true },
        });
        const id = created.data?.createRegion.region?.id ?? "";
        const [preference] = await pricing.listPricePreferences({ attribute: "region_id", value: id });
        expect(preference?.is_tax_inclusive).toBe(true);
        expect(await emitted("price-preference.created")).toContain(preference?.id);

        await api.graphql(UpdateRegionMutation, { input: { id, isTaxInclusive: false } });
        expect(
          (await pricing.listPricePreferences({ attribute: "region_id", value: id })).map((p) => p.is_tax_inclusive),
        ).toEqual([false]);
        expect(await emitted("price-preference.updated")).toContain(preference?.id);

        // A refused delete keeps the region and its preference, and says nothing.
        refuseRegionDeletes.on = true;
        const refusedDelete = await api.graphql<
          { deleteRegion: { userErrors: { code: string }[] } },
          { input: unknown }
        >(DELETE_REGION, { input: { id } });
        refuseRegionDeletes.on = false;
        expect(refusedDelete.data?.deleteRegion.userErrors).toEqual([{ code: "CONFLICT" }]);
        expect(await pricing.listPricePreferences({ attribute: "region_id", value: id })).toHaveLength(1);
        expect(await emitted("price-preference.deleted")).toEqual([]);

        const deleted = await api.graphql<{ deleteRegion: { deletedId: string } }, { input: unknown }>(DELETE_REGION, {
          input: { id },
        });
        expect(deleted.data?.deleteRegion.deletedId).toBe(id);
        expect(await pricing.listPricePreferences({ attribute: "region_id", value: id })).toEqual([]);
        expect(await emitted("region.deleted")).toEqual([id]);
        expect(await emitted("price-preference.deleted")).toEqual([preference?.id]);
        // The countries are free again.
        expect(
          (
            await api.graphql(CreateRegionMutation, {
              input: { name: "Finland", currencyCode: "eur", countries: ["fi"] },
            })
          ).data?.createRegion.region,
        ).toMatchObject({ countries: ["fi"] });
      });
    });

    describe("inventory workflows", () => {
      it("levels need a known stock location; reservations cannot oversell; failures write nothing and emit nothing", async () => {
        const inventory = getContainer().resolve("inventory");
        const location =
          (await api.graphql(CreateStockLocationMutation, { input: { name: "Depot" } })).data?.createStockLocation
            .stockLocation?.id ?? "";
        const badItem = await api.graphql(CreateInventoryItemMutation, {
          input: { sku: "GHOST", levels: [{ locationId: "sloc_missing", stockedQuantity: 1 }] },
        });
        expect(badItem.data?.createInventoryItem.userErrors).toEqual([
          {
            field: ["input", "levels", "0", "locationId"],
            message: "Stock location sloc_missing does not exist",
            code: "INVALID_DATA",
          },
        ]);
        expect(await inventory.listInventoryItems({ sku: "GHOST" }, { withDeleted: true })).toEqual([]);

        const item =
          (await api.graphql(CreateInventoryItemMutation, { input: { sku: "MUG" } })).data?.createInventoryItem
            .inventoryItem?.id ?? "";
        const unknown = await api.graphql(CreateInventoryLevelMutation, {
          input: { inventoryItemId: item, locationId: "sloc_missing", stockedQuantity: 5 },
        });
        expect(unknown.data?.createInventoryLevel.userErrors).toEqual([
          {
            field: ["input", "locationId"],
            message: "Stock location sloc_missing does not exist",
            code: "INVALID_DATA",
          },
        ]);
        const hooked = await api.graphql(CreateInventoryLevelMutation, {
          input: { inventoryItemId: item, locationId: location, stockedQuantity: 5, additionalData: { refuse: true } },
        });
        expect(hooked.data?.createInventoryLevel).toEqual({ inventoryLevel: null, ...refused });
        expect(await inventory.listInventoryLevels({ inventory_item_id: item }, { withDeleted: true })).toEqual([]);
        expect(await emitted("inventory-level.created")).toEqual([]);

        const level = await api.graphql(CreateInventoryLevelMutation, {
          input: { inventoryItemId: item, locationId: location, stockedQuantity: 5 },
        });
        expect(level.data?.createInventoryLevel.inventoryLevel).toMatchObject({
          locationId: location,
          stockedQuantity: 5,
          reservedQuantity: 0,
        });
        expect(await emitted("inventory-level.created")).toEqual([level.data?.createInventoryLevel.inventoryLevel?.id]);

        const reserve = (quantity: number, extra: Record<string, unknown> = {}) =>
          api.graphql(CreateReservationMutation, {
            input: { inventoryItemId: item, locationId: location, quantity, ...extra },
          });
        expect((await reserve(6)).data?.createReservation.userErrors[0]).toMatchObject({
          field: ["input", "quantity"],
          code: "NOT_ALLOWED",
        });
        expect((await reserve(2, { additionalData: { refuse: true } })).data?.createReservation).toEqual({
          reservation: null,
          ...refused,
        });
        expect(await inventory.listReservationItems({ inventory_item_id: item })).toEqual([]);
        expect(await inventory.retrieveAvailableQuantity(item, [location])).toBe(5);
        expect(await emitted("reservation-item.created")).toEqual([]);

        // Two reservations of 3 against 5 in stock at once: the level's row lock lets one through.
        const racing = await Promise.all([
          reserve(3, { idempotencyKey: "reserve-a" }),
          reserve(3, { idempotencyKey: "reserve-b" }),
        ]);
        expect(racing.map((r) => r.data?.createReservation.userErrors.map((e) => e.code)).sort()).toEqual([
          [],
          ["NOT_ALLOWED"],
        ]);
        const winner = racing.find((r) => r.data?.createReservation.reservation)?.data?.createReservation.reservation;
        const replay = await reserve(3, {
          idempotencyKey: racing[0]?.data?.createReservation.reservation ? "reserve-a" : "reserve-b",
        });
        expect(replay.data?.createReservation.reservation?.id).toBe(winner?.id);
        expect(await inventory.retrieveAvailableQuantity(item, [location])).toBe(2);
        expect(await emitted("reservation-item.created")).toEqual([winner?.id]);

        const kept = await api.graphql(DeleteReservationMutation, { input: { id: winner?.id ?? "" } });
        expect(kept.data?.deleteReservation.userErrors).toEqual([
          { field: null, message: "The reservation belongs to an open order", code: "CONFLICT" },
        ]);
        expect((await inventory.retrieveReservationItem(winner?.id ?? "")).quantity).toBe(3);
        expect(await inventory.retrieveAvailableQuantity(item, [location])).toBe(2);
      });
    });

    describe("stock-location workflows", () => {
      it("a failing stockLocationsUpdated hook writes back the name, the address and an empty metadata", async () => {
        const created = await api.graphql(CreateStockLocationMutation, {
          input: { name: "Harbour", address: { address1: "Quay 1", city: "Hamburg", countryCode: "de" } },
        });
        const id = created.data?.createStockLocation.stockLocation?.id ?? "";
        const res = await api.graphql(UpdateStockLocationMutation, {
          input: { id, name: "Moved", removeAddress: true, metadata: { k: 1 }, additionalData: { refuse: true } },
        });
        expect(res.data?.updateStockLocation).toEqual({ stockLocation: null, ...refused });
        const location = await getContainer()
          .resolve("stockLocation")
          .retrieveStockLocation(id, { relations: ["address"] });
        expect([location.name, location.address?.city, location.metadata]).toEqual(["Harbour", "Hamburg", null]);
      });
    });

    describe("tax and store workflows", () => {
      it("a failing taxRegionsCreated hook leaves no tax region or rate; bad rates are userErrors that write nothing", async () => {
        const tax = getContainer().resolve("tax");
        const hooked = await api.graphql(CreateTaxRegionMutation, {
          input: {
            countryCode: "it",
            defaultTaxRate: { rate: "22", code: "IVA", name: "IVA" },
            additionalData: { refuse: true },
          },
        });
        expect(hooked.data?.createTaxRegion).toEqual({ taxRegion: null, ...refused });
        expect(await tax.listTaxRegions({ country_code: "it" }, { withDeleted: true })).toEqual([]);
        expect(await tax.listTaxRates({ code: "IVA" }, { withDeleted: true })).toEqual([]);
        expect(await emitted("tax-region.created")).toEqual([]);

        const created = await api.graphql(CreateTaxRegionMutation, {
          input: {
            countryCode: "it",
            defaultTaxRate: { rate: "22", code: "IVA", name: "IVA" },
            idempotencyKey: "tax-it",
          },
        });
        const again = await api.graphql(CreateTaxRegionMutation, {
          input: { countryCode: "it", idempotencyKey: "tax-it" },
        });
        const taxRegionId = created.data?.createTaxRegion.taxRegion?.id ?? "";
        expect(again.data?.createTaxRegion.taxRegion?.id).toBe(taxRegionId);
        expect(await emitted("tax-region.created")).toEqual([taxRegionId]);
        const duplicate = await api.graphql(CreateTaxRegionMutation, { input: { countryCode: "IT" } });
        expect(duplicate.data?.createTaxRegion.userErrors[0]?.code).toBe("DUPLICATE");

        const negative = await api.graphql(CreateTaxRateMutation, {
          input: { taxRegionId, code: "NEG", name: "Negative", rate: "-4" },
        });
        expect(negative.data?.createTaxRate.userErrors).toEqual([
          { field: ["input", "rate"], message: "rate must be between 0 and 100", code: "INVALID_DATA" },
        ]);
        const secondDefault = await api.graphql(CreateTaxRateMutation, {
          input: { taxRegionId, code: "DEF2", name: "Default 2", rate: "10", isDefault: true },
        });
        expect(secondDefault.data?.createTaxRate.userErrors[0]).toMatchObject({
          field: ["input", "isDefault"],
          code: "DUPLICATE",
        });
        expect(await tax.listTaxRates({ code: ["NEG", "DEF2"] }, { withDeleted: true })).toEqual([]);
        const [rate] = await tax.listTaxRates({ code: "IVA" });
        const tooHigh = await api.graphql(UpdateTaxRateMutation, {
          input: { id: rate?.id ?? "", rate: "101", rules: [{ reference: "PRODUCT", referenceId: "prod_1" }] },
        });
        expect(tooHigh.data?.updateTaxRate.userErrors[0]).toMatchObject({
          field: ["input", "rate"],
          code: "INVALID_DATA",
        });
        expect(await tax.listTaxRateRules({ tax_rate_id: rate?.id ?? "" })).toEqual([]);
      });

      it("stores: an unknown currency is a userError; create and delete emit once; a delete replays by key", async () => {
        const bad = await api.graphql(CreateStoreMutation, {
          input: { name: "Nowhere", supportedCurrencyCodes: ["qqq"] },
        });
        expect(bad.data?.createStore.userErrors).toEqual([
          { field: ["input", "supportedCurrencyCodes"], message: "Unknown currency: qqq", code: "INVALID_DATA" },
        ]);
        expect(await emitted("store.created")).toEqual([]);
        const id =
          (await api.graphql(CreateStoreMutation, { input: { name: "Shop", supportedCurrencyCodes: ["eur"] } })).data
            ?.createStore.store?.id ?? "";
        const first = await api.graphql(DeleteStoreMutation, { input: { id, idempotencyKey: "delete-shop" } });
        const second = await api.graphql(DeleteStoreMutation, { input: { id, idempotencyKey: "delete-shop" } });
        expect([first.data?.deleteStore, second.data?.deleteStore]).toEqual([
          { deletedId: id, userErrors: [] },
          { deletedId: id, userErrors: [] },
        ]);
        expect([await emitted("store.created"), await emitted("store.deleted")]).toEqual([[id], [id]]);
      });
    });
  },
});
