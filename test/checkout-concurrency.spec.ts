import { beforeAll, describe, expect, it } from "vitest";
import type { LinkDefinition } from "../src/framework/links/define-link.ts";
import { linkByEntryPoint } from "../src/framework/links/registry.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { type CartWorld, seedCartWorld } from "./fixtures/cart-world.ts";
import {
  budgetedPromotion,
  type CheckoutCartOptions,
  type CompletePayload,
  checkoutCart,
  checkoutConfig,
  completeCart,
  setStock,
} from "./fixtures/checkout.ts";

// Completions racing one another (issue 14), each a GraphQL completeCart sent at once with the
// others. On PostgreSQL every run works on connections of its own, so only the row locks and the
// conditional updates keep the counts right: the counts (50 carts for 10 units, 20
// completions of one cart, 20 completions on a budget of 5). On the embedded PGlite (one
// connection: the runs interleave between transactions) the same assertions run with fewer carts
// (12 carts for 3 units, 20 completions of one cart, 8 completions on a budget of 3), to keep the
// serial cart set-up short.
const postgres = Boolean(process.env.TEST_DATABASE_URL);
const n = postgres
  ? { carts: 50, units: 10, repeat: 20, budgetCarts: 20, budget: 5 }
  : { carts: 12, units: 3, repeat: 20, budgetCarts: 8, budget: 3 };

describe(`checkout concurrency (${postgres ? "PostgreSQL" : "embedded PGlite"})`, () => {
  integrationTestRunner({
    config: checkoutConfig,
    testSuite: ({ api, getContainer }) => {
      let w: CartWorld;
      beforeAll(async () => {
        w = await seedCartWorld(api, getContainer());
      });
      const c = () => getContainer();

      /** `n` carts ready to complete, made one after another (making them is not the race). */
      const carts = async (n: number, options: CheckoutCartOptions) => {
        const ids: string[] = [];
        for (let i = 0; i < n; i++) ids.push((await checkoutCart(w, w.guest, c(), options)).cartId);
        return ids;
      };
      const errorsOf = (answers: CompletePayload[]) =>
        answers.flatMap((a) => a.userErrors.map(({ field, code }) => ({ field, code })));
      /** How many answers were refused with each code (other codes with their message). */
      const tally = (answers: CompletePayload[], expected: string) => {
        const counts: Record<string, number> = {};
        for (const { code, message } of answers.flatMap((a) => a.userErrors)) {
          const key = code === expected ? code : `${code}: ${message}`;
          counts[key] = (counts[key] ?? 0) + 1;
        }
        return counts;
      };

      /** Live (not canceled) payments, and those of them no order's payment collection holds. */
      const payments = async () => {
        const live = await c().resolve("payment").listPayments({ canceled_at: null });
        const link = linkByEntryPoint("order_payment_collection") as LinkDefinition;
        const ordered = new Set((await c().resolve("link").list(link, {})).map((r) => String(r.payment_collection_id)));
        return { live: live.length, withoutOrder: live.filter((p) => !ordered.has(p.payment_collection_id)).length };
      };

      /** The stock of a SKU at its level, and the reservations held against it. */
      const stock = async (sku: string) => {
        const inventory = c().resolve("inventory");
        const [item] = await inventory.listInventoryItems({ sku });
        const [level] = await inventory.listInventoryLevels({ inventory_item_id: item?.id ?? "" });
        const reservations = await inventory.listReservationItems({ inventory_item_id: item?.id ?? "" });
        return {
          available: (level?.stocked_quantity ?? 0) - (level?.reserved_quantity ?? 0),
          reserved: level?.reserved_quantity ?? 0,
          reservations: reservations.reduce((n, r) => n + r.quantity, 0),
        };
      };

      describe(`${n.carts} carts completing at once for the last ${n.units} units of a variant`, () => {
        it(`place exactly ${n.units} orders; the other ${n.carts - n.units} get INSUFFICIENT_INVENTORY, stock never goes below zero, nothing is left behind`, async () => {
          await setStock(c(), "SHIRT-L", n.units);
          const ids = await carts(n.carts, { items: [{ variantId: w.variants.shirtL, quantity: 1 }] });
          const before = await payments();
          // Watch the level while the race runs: it must never show fewer than zero units. Each
          // look waits a turn of the event loop first: on PGlite a query answers in a microtask, so
          // a loop of reads alone would never let the completions' timers and I/O run (it starved
          // them for over 10 minutes at 100 % CPU before).
          let racing = true;
          const seen: number[] = [];
          const watcher = (async () => {
            while (racing) {
              seen.push((await stock("SHIRT-L")).available);
              await new Promise((resolve) => setImmediate(resolve));
            }
          })();
          const answers = await Promise.all(ids.map((id) => completeCart(w.guest, id))).finally(() => {
            racing = false;
          });
          await watcher;

          const orders = answers.filter((a) => a.order);
          // One summary first, so a failure shows every refusal that was not the expected one.
          expect({ orders: orders.length, refusals: tally(answers, "INSUFFICIENT_INVENTORY") }).toEqual({
            orders: n.units,
            refusals: { INSUFFICIENT_INVENTORY: n.carts - n.units },
          });
          expect(new Set(orders.map((a) => a.order?.id)).size).toBe(n.units);
          expect(errorsOf(answers)).toEqual(
            Array(n.carts - n.units).fill({ field: ["input", "items"], code: "INSUFFICIENT_INVENTORY" }),
          );
          expect(Math.min(...seen)).toBeGreaterThanOrEqual(0);
          // The units reserved, by the orders' reservations only; the losers' were released.
          expect(await stock("SHIRT-L")).toEqual({ available: 0, reserved: n.units, reservations: n.units });
          // The losers never got an authorization, or had it voided: every live payment is an order's.
          expect(await payments()).toEqual({ live: before.live + n.units, withoutOrder: 0 });
          // The losers' carts stay usable (not completed), the winners' are completed.
          const completed = await c()
            .resolve("cart")
            .listCarts({ id: ids, completed_at: { $ne: null } }, { select: ["id"] });
          expect(completed).toHaveLength(n.units);
        }, 900_000);
      });

      describe(`one cart completed ${n.repeat} times at once`, () => {
        it("places one order, and every call answers that order", async () => {
          await setStock(c(), "SHIRT-M", 1000);
          const [cartId = ""] = await carts(1, {});
          const before = await payments();
          const answers = await Promise.all(Array.from({ length: n.repeat }, () => completeCart(w.guest, cartId)));
          expect(errorsOf(answers)).toEqual([]);
          const ids = new Set(answers.map((a) => a.order?.id));
          expect(ids.size).toBe(1);
          const [orderId] = [...ids];
          expect(orderId).toMatch(/^order_/);
          const link = linkByEntryPoint("order_cart") as LinkDefinition;
          expect((await c().resolve("link").list(link, { cart_id: cartId })).map((r) => r.order_id)).toEqual([orderId]);
          const reservations = await c()
            .resolve("inventory")
            .listReservationItems({ line_item_id: answers[0]?.order?.items.map((i) => i.id) ?? [] });
          expect(reservations.map((r) => r.quantity)).toEqual([2]);
          expect(await payments()).toEqual({ live: before.live + 1, withoutOrder: 0 });
        }, 900_000);
      });

      describe(`a promotion with a usage budget of ${n.budget} used by ${n.budgetCarts} completions at once`, () => {
        it(`gives exactly ${n.budget} orders the discount; the other ${n.budgetCarts - n.budget} are refused with PROMOTION_BUDGET_EXCEEDED (as Medusa) and the budget's used count is ${n.budget}`, async () => {
          await setStock(c(), "SHIRT-M", 1000);
          const promotion = c().resolve("promotion");
          const { promotionId, budgetId } = await budgetedPromotion(c(), "RACE5", String(n.budget));
          const adjustment = { amount: "24", code: "RACE5", promotion_id: promotionId };
          const ids = await carts(n.budgetCarts, { adjustment });
          const before = await payments();
          const reservationsBefore = (await c().resolve("inventory").listReservationItems({})).length;
          const answers = await Promise.all(ids.map((id) => completeCart(w.guest, id)));

          const orders = answers.flatMap((a) => (a.order ? [a.order] : []));
          expect({ orders: orders.length, refusals: tally(answers, "PROMOTION_BUDGET_EXCEEDED") }).toEqual({
            orders: n.budget,
            refusals: { PROMOTION_BUDGET_EXCEEDED: n.budgetCarts - n.budget },
          });
          expect(orders.map((o) => o.items[0]?.adjustments)).toEqual(
            Array(n.budget).fill([{ code: "RACE5", amount: "24.00" }]),
          );
          expect(errorsOf(answers)).toEqual(
            Array(n.budgetCarts - n.budget).fill({ field: ["input", "promoCodes"], code: "PROMOTION_BUDGET_EXCEEDED" }),
          );
          const budget = await promotion.retrieveCampaignBudget(budgetId);
          expect(budget.used.toFixed()).toBe(String(n.budget));
          // The refused completions gave their stock back and hold no authorization.
          expect(await payments()).toEqual({ live: before.live + n.budget, withoutOrder: 0 });
          const reservations = await c().resolve("inventory").listReservationItems({});
          expect(reservations.length - reservationsBefore).toBe(n.budget);
        }, 900_000);
      });
    },
  });
});
