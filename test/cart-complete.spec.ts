import { beforeAll, describe, expect, it } from "vitest";
import type { LinkDefinition } from "../src/framework/links/define-link.ts";
import { linkByEntryPoint } from "../src/framework/links/registry.ts";
import { recordEvents } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { completeCartWorkflow } from "../src/workflows/cart/index.ts";
import { type CartWorld, seedCartWorld } from "./fixtures/cart-world.ts";
import {
  budgetedPromotion,
  checkoutCart,
  checkoutConfig,
  completeCart,
  ORDER_FIELDS,
  type OrderShape,
  setStock,
} from "./fixtures/checkout.ts";

integrationTestRunner({
  config: checkoutConfig,
  testSuite: ({ api, getContainer }) => {
    let w: CartWorld;
    beforeAll(async () => {
      w = await seedCartWorld(api, getContainer());
      await setStock(getContainer(), "SHIRT-M", 1000);
    });
    const c = () => getContainer();

    /** What a completion writes, counted over the whole database: a failed one must leave it as it was. */
    const written = async (cartId: string) => {
      const inventory = c().resolve("inventory");
      const levels = await inventory.listInventoryLevels({});
      return {
        completedAt: (await c().resolve("cart").retrieveCart(cartId)).completed_at,
        orders: (await c().resolve("order").listOrders({})).length,
        reservations: (await inventory.listReservationItems({})).length,
        reserved: levels.reduce((n, l) => n + l.reserved_quantity, 0),
        livePayments: (await c().resolve("payment").listPayments({ canceled_at: null })).length,
        budgetsUsed: (await c().resolve("promotion").listCampaignBudgets({})).map((b) => b.used.toFixed()),
      };
    };

    const budgeted = (code: string, limit: string) => budgetedPromotion(c(), code, limit);
    const readOrder = (client = w.guest, id: string) =>
      client.graphql<{ order: OrderShape | null }, { id: string }>(
        `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`,
        {
          id,
        },
      );

    describe("a guest completes a tax-inclusive EU cart", () => {
      it("places an order with everything copied, totals as the cart's, stock reserved, payment authorized, order.placed emitted", async () => {
        const placed = recordEvents<{ id: string }>(c().resolve("eventBus"), "order.placed");
        const { cartId, total, collectionId } = await checkoutCart(w, w.guest, c(), {
          adjustment: { amount: "10", code: "MANUAL10" },
        });
        // 2 × 120 incl. 20 % VAT less 10 (incl.): 230; shipping 4.90 incl.: the shopper pays 234.90.
        expect(total).toBe("234.90");
        const { order, userErrors } = await completeCart(w.guest, cartId);
        expect(userErrors).toEqual([]);
        expect(order).toMatchObject({
          status: "pending",
          email: "shopper@example.com",
          currencyCode: "eur",
          customerId: null,
          salesChannelId: w.channelA,
          shippingAddress: { countryCode: "de", city: "Berlin" },
          items: [
            {
              variantId: w.variants.shirtM,
              variantSku: "SHIRT-M",
              quantity: 2,
              unitPrice: "120.00",
              isTaxInclusive: true,
              adjustments: [{ code: "MANUAL10", amount: "10.00" }],
              taxLines: [{ code: "VAT", rate: "20" }],
              totals: { subtotal: "200.00", discountTotal: "8.33", taxTotal: "38.33", total: "230.00" },
            },
          ],
          shippingMethods: [
            { name: "Standard", amount: "4.90", taxLines: [{ rate: "20" }], totals: { total: "4.90" } },
          ],
          totals: {
            currencyCode: "eur",
            subtotal: "204.08",
            discountTotal: "8.33",
            taxTotal: "39.15",
            shippingTotal: "4.90",
            total: "234.90",
          },
        });
        expect(order?.displayId).toBeGreaterThan(0);
        const orderId = order?.id ?? "";
        const cart = await c().resolve("cart").retrieveCart(cartId);
        expect(cart.completed_at).not.toBeNull();
        const reservations = await c().resolve("inventory").listReservationItems({ line_item_id: order?.items[0]?.id });
        expect(reservations.map((r) => r.quantity)).toEqual([2]);
        const collection = await c()
          .resolve("payment")
          .retrievePaymentCollection(collectionId ?? "");
        expect([collection.status, collection.authorized_amount.toFixed()]).toEqual(["authorized", "234.9"]);
        const link = c().resolve("link");
        const linked = async (entryPoint: string, column: string) =>
          (await link.list(linkByEntryPoint(entryPoint) as LinkDefinition, { order_id: orderId })).map(
            (r) => r[column],
          );
        expect(await linked("order_cart", "cart_id")).toEqual([cartId]);
        expect(await linked("order_payment_collection", "payment_collection_id")).toEqual([collectionId]);
        await c().resolve("eventBus").drain();
        expect(placed.received).toEqual([{ id: orderId }]);

        // Completing it again answers the same order and writes nothing more.
        const before = await written(cartId);
        expect((await completeCart(w.guest, cartId)).order?.id).toBe(orderId);
        expect(await written(cartId)).toEqual(before);
        // The completed cart cannot change any more.
        const add = await w.guest.graphql<
          { addCartLineItem: { userErrors: { code: string }[] } },
          Record<string, unknown>
        >("mutation($input: AddCartLineItemInput!) { addCartLineItem(input: $input) { userErrors { code } } }", {
          input: { cartId, variantId: w.variants.shirtM, quantity: 1 },
        });
        expect(add.data?.addCartLineItem.userErrors).toEqual([{ code: "NOT_ALLOWED" }]);
      });

      it("numbers orders in sequence and runs as a workflow from server code too", async () => {
        const first = await checkoutCart(w, w.guest, c());
        const second = await checkoutCart(w, w.guest, c());
        const a = await completeCartWorkflow(c()).run({ input: { id: first.cartId } });
        const b = await completeCartWorkflow(c()).run({ input: { id: second.cartId } });
        const [x, y] = await Promise.all([a, b].map((r) => c().resolve("order").retrieveOrder(r.result.id)));
        expect((y?.display_id ?? 0) - (x?.display_id ?? 0)).toBe(1);
      });
    });

    describe("order(id) is read by its customer, a key of its channel for a guest's order, and admins", () => {
      it("a guest order: the key of its channel and admins read it; another channel's key gets NOT_FOUND, as an unknown id", async () => {
        const { cartId } = await checkoutCart(w, w.guest, c());
        const orderId = (await completeCart(w.guest, cartId)).order?.id ?? "";
        expect((await readOrder(w.guest, orderId)).data?.order?.id).toBe(orderId);
        expect((await readOrder(api, orderId)).data?.order?.id).toBe(orderId);
        for (const id of [orderId, "order_01UNKNOWN0000000000000000"]) {
          const res = await readOrder(w.otherChannel, id);
          expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
        }
        // node(id:) is Relay's: null, the same answer as for an unknown id.
        const [node, unknown] = await Promise.all(
          [orderId, `${orderId.slice(0, -6)}0ZZZZZ`].map((id) =>
            w.otherChannel.graphql<{ node: unknown }, { id: string }>("query($id: ID!) { node(id: $id) { id } }", {
              id,
            }),
          ),
        );
        expect({ node: node?.data?.node, errors: node?.errors }).toEqual({ node: null, errors: undefined });
        expect(node).toEqual(unknown);
      });

      it("a customer's order: that customer reads it; another customer, and a guest with the same key, get NOT_FOUND", async () => {
        const { cartId } = await checkoutCart(w, w.ann, c(), { email: null });
        const { order } = await completeCart(w.ann, cartId);
        expect(order).toMatchObject({ customerId: w.annId, email: "ann@example.com" });
        const orderId = order?.id ?? "";
        expect((await readOrder(w.ann, orderId)).data?.order?.id).toBe(orderId);
        for (const client of [w.bob, w.guest]) {
          expect((await readOrder(client, orderId)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
          const node = await client.graphql<{ node: unknown }, { id: string }>(
            "query($id: ID!) { node(id: $id) { id } }",
            {
              id: orderId,
            },
          );
          expect(node.data?.node).toBeNull();
          expect(node.errors).toBeUndefined();
        }
        // Nor can another customer complete (or even see) Ann's cart.
        await expect(completeCart(w.bob, cartId)).rejects.toThrow(/NOT_FOUND|not found/);
      });
    });

    describe("a completion that cannot be done is a typed userError and writes nothing", () => {
      const refused = async (cartId: string) => {
        const before = await written(cartId);
        const result = await completeCart(w.guest, cartId);
        expect(result.order).toBeNull();
        expect(await written(cartId)).toEqual(before);
        expect(before.completedAt).toBeNull();
        return result.userErrors.map(({ field, code }) => ({ field, code }));
      };

      it("an empty cart, no email, no shipping address, no shipping method, no payment session", async () => {
        const empty = await checkoutCart(w, w.guest, c(), { items: [], shipping: null, payment: null });
        expect(await refused(empty.cartId)).toEqual([{ field: ["input", "items"], code: "INVALID_DATA" }]);
        const noEmail = await checkoutCart(w, w.guest, c(), { email: null });
        expect(await refused(noEmail.cartId)).toEqual([{ field: ["input", "email"], code: "INVALID_DATA" }]);
        const noAddress = await checkoutCart(w, w.guest, c(), { country: null });
        expect(await refused(noAddress.cartId)).toEqual([
          { field: ["input", "shippingAddress"], code: "INVALID_DATA" },
        ]);
        const noShipping = await checkoutCart(w, w.guest, c(), { shipping: null });
        expect(await refused(noShipping.cartId)).toEqual([
          { field: ["input", "shippingMethods"], code: "INVALID_DATA" },
        ]);
        const noPayment = await checkoutCart(w, w.guest, c(), { payment: null });
        expect(await refused(noPayment.cartId)).toEqual([{ field: ["input", "paymentSession"], code: "INVALID_DATA" }]);
      });

      it("a cart changed after its payment collection was made must have it updated first", async () => {
        const { cartId } = await checkoutCart(w, w.guest, c());
        await c()
          .resolve("cart")
          .addShippingMethods(cartId, [{ name: "Express", amount: "9.9", is_tax_inclusive: true }]);
        expect(await refused(cartId)).toEqual([{ field: ["input", "paymentCollection"], code: "INVALID_DATA" }]);
      });

      it("a declined payment releases the stock and the promotion budget; the cart stays usable and completes with a new session", async () => {
        const promo = await budgeted("DECLINE-TEST", "1");
        const { cartId, total } = await checkoutCart(w, w.guest, c(), {
          adjustment: { amount: "24", code: "DECLINE-TEST", promotion_id: promo.promotionId },
          payment: { outcome: "decline" },
        });
        expect(await refused(cartId)).toEqual([{ field: ["input", "paymentSessionId"], code: "NOT_ALLOWED" }]);
        // Another try: a session that authorizes.
        const [link] = await c()
          .resolve("link")
          .list(linkByEntryPoint("cart_payment_collection") as LinkDefinition, { cart_id: cartId });
        await c().resolve("payment").createPaymentSession(String(link?.payment_collection_id), {
          provider_id: "pp_test_test",
          currency_code: "eur",
          amount: total,
          data: {},
        });
        const { order, userErrors } = await completeCart(w.guest, cartId);
        expect(userErrors).toEqual([]);
        expect(order?.items[0]?.adjustments).toEqual([{ code: "DECLINE-TEST", amount: "24.00" }]);
        expect((await c().resolve("promotion").retrieveCampaignBudget(promo.budgetId)).used.toFixed()).toBe("1");
      });

      it("an item out of stock (sold to another cart first) and a used-up promotion budget", async () => {
        const [first, second] = [
          await checkoutCart(w, w.guest, c(), { items: [{ variantId: w.variants.shirtL, quantity: 1 }] }),
          await checkoutCart(w, w.guest, c(), { items: [{ variantId: w.variants.shirtL, quantity: 1 }] }),
        ];
        expect((await completeCart(w.guest, first.cartId)).userErrors).toEqual([]);
        expect(await refused(second.cartId)).toEqual([{ field: ["input", "items"], code: "INSUFFICIENT_INVENTORY" }]);

        const promo = await budgeted("ONCE", "1");
        const adjustment = { amount: "12", code: "ONCE", promotion_id: promo.promotionId };
        const a = await checkoutCart(w, w.guest, c(), { adjustment });
        const b = await checkoutCart(w, w.guest, c(), { adjustment });
        expect((await completeCart(w.guest, a.cartId)).userErrors).toEqual([]);
        expect(await refused(b.cartId)).toEqual([
          { field: ["input", "promoCodes"], code: "PROMOTION_BUDGET_EXCEEDED" },
        ]);
      });
    });
  },
});
