import { describe, expect, it } from "vitest";
import { TesseraError } from "../../src/framework/errors/tessera-error.ts";
import { recordEvents, settledEvents } from "../../src/framework/test-utils/events.ts";
import { integrationTestRunner, type TestApi } from "../../src/framework/test-utils/runners.ts";
import { PricingEvents } from "../../src/modules/pricing/events.ts";
import {
  createPriceListsWorkflow,
  updatePriceListsWorkflow,
  deletePriceListsWorkflow,
} from "../../src/workflows/pricing/price-lists.ts";
import {
  createPriceSetsWorkflow,
  deletePriceSetsWorkflow,
  updatePriceSetsWorkflow,
} from "../../src/workflows/pricing/price-sets.ts";
import {
  deletePricePreferencesWorkflow,
  setPricePreferencesWorkflow,
} from "../../src/workflows/pricing/price-preferences.ts";

// Hooks that refuse when the caller asks (additionalData.refuse) or a delete flag is up:
// whatever the workflow wrote before them must be undone.
const refuse = (data: Record<string, unknown> | undefined) => {
  if (data?.refuse) throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Refused by hook");
};
const refuseDeletes = { on: false };
const refuseDelete = () => {
  if (refuseDeletes.on) throw new TesseraError(TesseraError.Types.CONFLICT, "Still in use");
};
createPriceSetsWorkflow.hooks.priceSetsCreated(({ additional_data }) => refuse(additional_data));
updatePriceSetsWorkflow.hooks.priceSetsUpdated(({ additional_data }) => refuse(additional_data));
deletePriceSetsWorkflow.hooks.priceSetsDeleted(refuseDelete);
createPriceListsWorkflow.hooks.priceListsCreated(({ additional_data }) => refuse(additional_data));
updatePriceListsWorkflow.hooks.priceListsUpdated(({ additional_data }) => refuse(additional_data));
deletePriceListsWorkflow.hooks.priceListsDeleted(refuseDelete);
setPricePreferencesWorkflow.hooks.pricePreferencesSet(({ additional_data }) => refuse(additional_data));
deletePricePreferencesWorkflow.hooks.pricePreferencesDeleted(refuseDelete);

type UserErrors = { userErrors: { field: string[] | null; message: string; code: string }[] };

const SET =
  "priceSet { id prices { amount currencyCode rules { attribute value } } } userErrors { field message code }";
const LIST =
  "priceList { id title status startsAt endsAt rules { attribute values } prices { amount currencyCode priceSetId } } userErrors { field message code }";
const PREF = "pricePreference { id attribute value isTaxInclusive } userErrors { field message code }";
const DELETED = "deletedId userErrors { field message code }";

/** Runs `mutation { <name>(input: $input) { <selection> } }` and returns the payload. */
async function mutate<T>(
  api: TestApi,
  name: string,
  inputType: string,
  selection: string,
  input: Record<string, unknown>,
): Promise<T & UserErrors> {
  const res = await api.graphql<Record<string, T & UserErrors>, { input: Record<string, unknown> }>(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`,
    { input },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.[name] as T & UserErrors;
}

type PriceSet = {
  priceSet: {
    id: string;
    prices: { amount: string; currencyCode: string; rules: { attribute: string; value: string }[] }[];
  } | null;
};
type PriceList = {
  priceList: {
    id: string;
    title: string;
    status: string;
    startsAt: string | null;
    endsAt: string | null;
    rules: { attribute: string; values: string[] }[];
    prices: { amount: string; currencyCode: string; priceSetId: string }[];
  } | null;
};
type Preference = { pricePreference: { id: string; attribute: string; value: string; isTaxInclusive: boolean } | null };
type Deleted = { deletedId: string | null };

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const pricing = () => getContainer().resolve("pricing");
    const bus = () => getContainer().resolve("eventBus");
    const amounts = (set: PriceSet["priceSet"]) => set?.prices.map((p) => `${p.currencyCode}:${p.amount}`);

    describe("price set mutations run workflows", () => {
      it("createPriceSet emits price-set.created once; a refusing hook leaves no set and no event; a replayed key creates once", async () => {
        const created = recordEvents<{ id: string }>(bus(), PricingEvents.PRICE_SET_CREATED);
        const [, before] = await pricing().listAndCountPriceSets({}, { withDeleted: true });
        const refused = await mutate<PriceSet>(api, "createPriceSet", "CreatePriceSetInput", SET, {
          prices: [{ amount: "10", currencyCode: "eur" }],
          additionalData: { refuse: true },
        });
        expect(refused).toEqual({
          priceSet: null,
          userErrors: [{ field: null, message: "Refused by hook", code: "NOT_ALLOWED" }],
        });
        expect((await pricing().listAndCountPriceSets({}, { withDeleted: true }))[1]).toBe(before);

        const input = {
          prices: [
            { amount: "10", currencyCode: "EUR" },
            { amount: "12.5", currencyCode: "usd" },
          ],
          idempotencyKey: "price-set-once",
        };
        const first = await mutate<PriceSet>(api, "createPriceSet", "CreatePriceSetInput", SET, input);
        const second = await mutate<PriceSet>(api, "createPriceSet", "CreatePriceSetInput", SET, input);
        expect(amounts(first.priceSet)).toEqual(["eur:10", "usd:12.5"]);
        expect(second).toEqual(first);
        expect((await pricing().listAndCountPriceSets({}, { withDeleted: true }))[1]).toBe(before + 1);
        expect(await settledEvents(bus(), created.received)).toEqual([{ id: first.priceSet?.id }]);
      });

      it("refuses bad prices with typed userErrors, writing nothing", async () => {
        const [, before] = await pricing().listAndCountPrices({}, { withDeleted: true });
        const negative = await mutate<PriceSet>(api, "createPriceSet", "CreatePriceSetInput", SET, {
          prices: [{ amount: "-1", currencyCode: "eur" }],
        });
        expect(negative.userErrors).toEqual([
          {
            field: ["input", "prices", "0", "amount"],
            message: "prices.0.amount: must not be negative",
            code: "INVALID_DATA",
          },
        ]);
        // Called directly, the workflow checks too (the module refuses the amount inside its transaction).
        const direct = await createPriceSetsWorkflow(getContainer()).run({
          input: {
            price_sets: [
              {
                prices: [
                  { amount: "1", currency_code: "eur" },
                  { amount: "-1", currency_code: "eur" },
                ],
              },
            ],
          },
          throwOnError: false,
        });
        expect(direct.errors[0]?.error).toMatchObject({ type: "invalid_data", field: ["0", "prices", "1", "amount"] });
        const unknown = await mutate<PriceSet>(api, "createPriceSet", "CreatePriceSetInput", SET, {
          prices: [{ amount: "1", currencyCode: "zzz" }],
        });
        expect(unknown.userErrors).toEqual([
          { field: ["input", "prices"], message: "Unknown currency: zzz", code: "INVALID_DATA" },
        ]);
        expect((await pricing().listAndCountPrices({}, { withDeleted: true }))[1]).toBe(before);
      });

      it("a refused update puts the old prices back; a refused delete restores the set", async () => {
        const { priceSet } = await mutate<PriceSet>(api, "createPriceSet", "CreatePriceSetInput", SET, {
          prices: [
            { amount: "10", currencyCode: "eur" },
            { amount: "9", currencyCode: "eur", rules: [{ attribute: "region_id", value: "reg_x" }] },
          ],
        });
        const id = priceSet?.id ?? "";
        const updated = recordEvents<{ id: string }>(bus(), PricingEvents.PRICE_SET_UPDATED);
        const refused = await mutate<PriceSet>(api, "updatePriceSet", "UpdatePriceSetInput", SET, {
          id,
          prices: [{ amount: "99", currencyCode: "usd" }],
          additionalData: { refuse: true },
        });
        expect(refused.userErrors[0]?.code).toBe("NOT_ALLOWED");
        const kept = await pricing().retrievePriceSet(id, { relations: ["prices", "prices.price_rules"] });
        expect(
          kept.prices
            ?.map((p) => [p.currency_code, p.amount.toString(), p.price_rules?.map((r) => `${r.attribute}=${r.value}`)])
            .sort(),
        ).toEqual([
          ["eur", "10", []],
          ["eur", "9", ["region_id=reg_x"]],
        ]);
        const ok = await mutate<PriceSet>(api, "updatePriceSet", "UpdatePriceSetInput", SET, {
          id,
          prices: [{ amount: "11", currencyCode: "eur" }],
        });
        expect(amounts(ok.priceSet)).toEqual(["eur:11"]);
        expect(await settledEvents(bus(), updated.received)).toEqual([{ id }]);

        const deleted = recordEvents<{ id: string }>(bus(), PricingEvents.PRICE_SET_DELETED);
        refuseDeletes.on = true;
        const blocked = await mutate<Deleted>(api, "deletePriceSet", "IdempotentDeleteInput", DELETED, { id });
        refuseDeletes.on = false;
        expect(blocked).toEqual({
          deletedId: null,
          userErrors: [{ field: null, message: "Still in use", code: "CONFLICT" }],
        });
        expect((await pricing().listPrices({ price_set_id: id })).map((p) => p.amount.toString())).toEqual(["11"]);
        expect(await mutate<Deleted>(api, "deletePriceSet", "IdempotentDeleteInput", DELETED, { id })).toEqual({
          deletedId: id,
          userErrors: [],
        });
        expect(await pricing().listPriceSets({ id })).toEqual([]);
        expect(await settledEvents(bus(), deleted.received)).toEqual([{ id }]);
      });
    });

    describe("price list mutations run workflows", () => {
      it("refuses an unknown price set, an unknown currency, a negative amount and a list ending before it starts, writing nothing", async () => {
        const { priceSet } = await mutate<PriceSet>(api, "createPriceSet", "CreatePriceSetInput", SET, {
          prices: [{ amount: "10", currencyCode: "eur" }],
        });
        const priceSetId = priceSet?.id ?? "";
        const [, before] = await pricing().listAndCountPriceLists({}, { withDeleted: true });
        const create = (input: Record<string, unknown>) =>
          mutate<PriceList>(api, "createPriceList", "CreatePriceListInput", LIST, { title: "Bad", ...input });
        expect(
          (await create({ prices: [{ priceSetId: "pset_missing", price: { amount: "1", currencyCode: "eur" } }] }))
            .userErrors,
        ).toEqual([
          {
            field: ["input", "prices", "0", "priceSetId"],
            message: "Unknown price set pset_missing",
            code: "INVALID_DATA",
          },
        ]);
        expect(
          (await create({ prices: [{ priceSetId, price: { amount: "1", currencyCode: "zzz" } }] })).userErrors,
        ).toEqual([{ field: ["input", "prices"], message: "Unknown currency: zzz", code: "INVALID_DATA" }]);
        expect(
          (await create({ prices: [{ priceSetId, price: { amount: "-5", currencyCode: "eur" } }] })).userErrors[0],
        ).toMatchObject({ field: ["input", "prices", "0", "price", "amount"], code: "INVALID_DATA" });
        expect((await create({ startsAt: "2030-02-01T00:00:00Z", endsAt: "2030-01-01T00:00:00Z" })).userErrors).toEqual(
          [{ field: ["input", "endsAt"], message: "endsAt must be after startsAt", code: "INVALID_DATA" }],
        );
        expect((await pricing().listAndCountPriceLists({}, { withDeleted: true }))[1]).toBe(before);
      });

      it("a refused create leaves nothing; a refused update puts title, dates, rules and prices back; events go out once on success", async () => {
        const { priceSet } = await mutate<PriceSet>(api, "createPriceSet", "CreatePriceSetInput", SET, {
          prices: [{ amount: "10", currencyCode: "eur" }],
        });
        const priceSetId = priceSet?.id ?? "";
        const recorders = [
          PricingEvents.PRICE_LIST_CREATED,
          PricingEvents.PRICE_LIST_UPDATED,
          PricingEvents.PRICE_LIST_DELETED,
        ].map((name) => recordEvents<{ id: string }>(bus(), name));
        const input = {
          title: "Spring",
          status: "ACTIVE",
          startsAt: "2030-03-01T00:00:00.000Z",
          endsAt: "2030-06-01T00:00:00.000Z",
          customerGroupIds: ["cg_vip"],
          prices: [{ priceSetId, price: { amount: "8", currencyCode: "eur" } }],
        };
        const refused = await mutate<PriceList>(api, "createPriceList", "CreatePriceListInput", LIST, {
          ...input,
          additionalData: { refuse: true },
        });
        expect(refused.userErrors[0]?.code).toBe("NOT_ALLOWED");
        expect(await pricing().listPriceLists({ title: "Spring" }, { withDeleted: true })).toEqual([]);
        expect(
          await pricing().listPrices({ price_set_id: priceSetId, price_list_id: { $ne: null } }, { withDeleted: true }),
        ).toEqual([]);

        const { priceList } = await mutate<PriceList>(api, "createPriceList", "CreatePriceListInput", LIST, input);
        const id = priceList?.id ?? "";
        const blocked = await mutate<PriceList>(api, "updatePriceList", "UpdatePriceListInput", LIST, {
          id,
          title: "Summer",
          status: "DRAFT",
          startsAt: null,
          endsAt: "2031-01-01T00:00:00Z",
          customerGroupIds: ["cg_other"],
          prices: [{ priceSetId, price: { amount: "5", currencyCode: "usd" } }],
          additionalData: { refuse: true },
        });
        expect(blocked.userErrors[0]?.code).toBe("NOT_ALLOWED");
        const read = await api.graphql<{ node: PriceList["priceList"] }, { id: string }>(
          `query($id: ID!) { node(id: $id) { ... on PriceList { id title status startsAt endsAt rules { attribute values } prices { amount currencyCode priceSetId } } } }`,
          { id },
        );
        expect(read.data?.node).toEqual(priceList);

        const renamed = await mutate<PriceList>(api, "updatePriceList", "UpdatePriceListInput", LIST, {
          id,
          title: "Summer",
          idempotencyKey: "rename-spring",
        });
        await mutate<PriceList>(api, "updatePriceList", "UpdatePriceListInput", LIST, {
          id,
          title: "Summer",
          idempotencyKey: "rename-spring",
        });
        expect(renamed.priceList?.title).toBe("Summer");
        refuseDeletes.on = true;
        expect(
          (await mutate<Deleted>(api, "deletePriceList", "IdempotentDeleteInput", DELETED, { id })).deletedId,
        ).toBeNull();
        refuseDeletes.on = false;
        expect((await pricing().retrievePriceList(id, { relations: ["prices", "rules"] })).prices).toHaveLength(1);
        expect(
          (await mutate<Deleted>(api, "deletePriceList", "IdempotentDeleteInput", DELETED, { id })).deletedId,
        ).toBe(id);
        await bus().drain();
        expect(recorders.map((r) => r.received)).toEqual([[{ id }], [{ id }], [{ id }]]);
      });
    });

    describe("price preference mutations run workflows", () => {
      it("setPricePreference creates then updates (price-preference.created, .updated); a refusing hook undoes either", async () => {
        const recorders = [
          PricingEvents.PRICE_PREFERENCE_CREATED,
          PricingEvents.PRICE_PREFERENCE_UPDATED,
          PricingEvents.PRICE_PREFERENCE_DELETED,
        ].map((name) => recordEvents<{ id: string }>(bus(), name));
        const set = (input: Record<string, unknown>) =>
          mutate<Preference>(api, "setPricePreference", "SetPricePreferenceInput", PREF, {
            attribute: "CURRENCY_CODE",
            value: "SEK",
            ...input,
          });
        expect((await set({ isTaxInclusive: true, additionalData: { refuse: true } })).userErrors[0]?.code).toBe(
          "NOT_ALLOWED",
        );
        expect(await pricing().listPricePreferences({ value: "sek" }, { withDeleted: true })).toEqual([]);
        expect((await set({ value: "zzz", isTaxInclusive: true })).userErrors).toEqual([
          { field: ["input", "value"], message: "Unknown currency: zzz", code: "INVALID_DATA" },
        ]);

        const { pricePreference } = await set({ isTaxInclusive: true });
        const id = pricePreference?.id ?? "";
        expect(pricePreference).toMatchObject({ value: "sek", isTaxInclusive: true });
        expect((await set({ isTaxInclusive: false, additionalData: { refuse: true } })).userErrors[0]?.code).toBe(
          "NOT_ALLOWED",
        );
        expect((await pricing().retrievePricePreference(id)).is_tax_inclusive).toBe(true);
        expect((await set({ value: "sek", isTaxInclusive: false })).pricePreference).toMatchObject({
          id,
          isTaxInclusive: false,
        });

        refuseDeletes.on = true;
        expect(
          (await mutate<Deleted>(api, "deletePricePreference", "IdempotentDeleteInput", DELETED, { id })).userErrors[0]
            ?.code,
        ).toBe("CONFLICT");
        refuseDeletes.on = false;
        expect((await pricing().retrievePricePreference(id)).deleted_at).toBeNull();
        expect(
          (await mutate<Deleted>(api, "deletePricePreference", "IdempotentDeleteInput", DELETED, { id })).deletedId,
        ).toBe(id);
        await bus().drain();
        expect(recorders.map((r) => r.received)).toEqual([[{ id }], [{ id }], [{ id }]]);
      });
    });
  },
});
