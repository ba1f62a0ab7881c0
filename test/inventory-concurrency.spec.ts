import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

type Payload = { userErrors: { code: string; field: string[] | null }[] };
type Answer = { data?: Record<string, Payload> | null; errors?: { message: string; extensions?: { code?: string } }[] };

const CREATE =
  "mutation($input: CreateReservationInput!) { createReservation(input: $input) { reservation { id } userErrors { code field } } }";
const UPDATE =
  "mutation($input: UpdateReservationInput!) { updateReservation(input: $input) { reservation { id quantity } userErrors { code field } } }";
const DELETE =
  "mutation($input: IdempotentDeleteInput!) { deleteReservation(input: $input) { deletedId userErrors { code field } } }";
const SET_STOCK =
  "mutation($input: UpdateInventoryLevelInput!) { updateInventoryLevel(input: $input) { inventoryLevel { stockedQuantity } userErrors { code field } } }";

// The same races as the inventory module's test, through the mutations an admin client sends:
// each runs its workflow at once (Promise.all), on PostgreSQL on connections of its own.
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const location = "sloc_concurrency";
    const inventory = () => getContainer().resolve("inventory");
    const mutate = (query: string, input: Record<string, unknown>) =>
      api.graphql<Record<string, Payload>, { input: Record<string, unknown> }>(query, { input }) as Promise<Answer>;
    // userError codes and GraphQL error codes (an id another call deleted is a NOT_FOUND error) of every answer.
    const codes = (answers: Answer[]) =>
      answers.flatMap((a) => [
        ...(a.errors ?? []).map((e) => e.extensions?.code ?? `no code: ${e.message}`),
        ...Object.values(a.data ?? {}).flatMap((p) => p?.userErrors.map((e) => e.code) ?? []),
      ]);

    async function counts(itemId: string) {
      const [level] = await inventory().listInventoryLevels({ inventory_item_id: itemId, location_id: location });
      const live = await inventory().listReservationItems({ inventory_item_id: itemId, location_id: location });
      return {
        levelId: level?.id ?? "",
        stocked: level?.stocked_quantity ?? 0,
        reserved: level?.reserved_quantity,
        sumOfReservations: live.reduce((n, r) => n + r.quantity, 0),
      };
    }

    describe("reservations and stock over GraphQL under concurrent mutations", () => {
      it("updateReservation 10 → 1 ten times at once leaves 1 reserved", async () => {
        const item = await inventory().createInventoryItems({
          sku: "GQL-SHRINK",
          levels: [{ location_id: location, stocked_quantity: 10 }],
        });
        const created = await mutate(CREATE, { inventoryItemId: item.id, locationId: location, quantity: 10 });
        const id =
          (created.data?.createReservation as { reservation?: { id: string } } | undefined)?.reservation?.id ?? "";
        expect(id).not.toBe("");
        const answers = await Promise.all(Array.from({ length: 10 }, () => mutate(UPDATE, { id, quantity: 1 })));
        expect(codes(answers)).toEqual([]);
        expect(await counts(item.id)).toMatchObject({ stocked: 10, reserved: 1, sumOfReservations: 1 });
      }, 240_000); // racing writes on a loaded 2-core machine may outlast the default 60 s

      it("50 mixed create, update, delete and stock mutations at once keep reserved = sum of live reservations ≤ stocked", async () => {
        const item = await inventory().createInventoryItems({
          sku: "GQL-MIXED",
          levels: [{ location_id: location, stocked_quantity: 30 }],
        });
        const seeded = await inventory().createReservations(
          Array.from({ length: 10 }, () => ({ inventory_item_id: item.id, location_id: location, quantity: 2 })),
        );
        const { levelId } = await counts(item.id);
        const calls = Array.from({ length: 50 }, (_, i) => {
          const id = seeded[i % seeded.length]?.id ?? "";
          switch (i % 5) {
            case 0:
              return () => mutate(CREATE, { inventoryItemId: item.id, locationId: location, quantity: 1 + (i % 3) });
            case 1:
              return () => mutate(UPDATE, { id, quantity: 1 + (i % 7) });
            case 2:
              return () => mutate(UPDATE, { id, quantity: 1 });
            case 3:
              return () => mutate(DELETE, { id });
            default:
              return () => mutate(SET_STOCK, { id: levelId, stockedQuantity: 12 + (i % 20) });
          }
        });
        const answers = await Promise.all(calls.map((call) => call()));
        // Losing a race is a userError the caller can act on, never an internal error.
        expect(codes(answers).filter((code) => code !== "NOT_ALLOWED" && code !== "NOT_FOUND")).toEqual([]);
        const after = await counts(item.id);
        expect(after.reserved).toBe(after.sumOfReservations);
        expect(after.sumOfReservations).toBeLessThanOrEqual(after.stocked);
      }, 240_000); // racing writes on a loaded 2-core machine may outlast the default 60 s

      it("setting stock below what is reserved is a NOT_ALLOWED userError and changes nothing", async () => {
        const item = await inventory().createInventoryItems({
          sku: "GQL-FLOOR",
          levels: [{ location_id: location, stocked_quantity: 10 }],
        });
        await inventory().createReservations([{ inventory_item_id: item.id, location_id: location, quantity: 7 }]);
        const { levelId } = await counts(item.id);
        const refused = await mutate(SET_STOCK, { id: levelId, stockedQuantity: 6 });
        expect(refused.data?.updateInventoryLevel).toMatchObject({
          inventoryLevel: null,
          userErrors: [{ code: "NOT_ALLOWED", field: ["input", "stockedQuantity"] }],
        });
        expect(await counts(item.id)).toMatchObject({ stocked: 10, reserved: 7 });
        const lowered = await mutate(SET_STOCK, { id: levelId, stockedQuantity: 7 });
        expect(lowered.data?.updateInventoryLevel).toMatchObject({
          inventoryLevel: { stockedQuantity: 7 },
          userErrors: [],
        });
      });
    });
  },
});
