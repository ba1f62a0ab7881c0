import { beforeAll, expect, it } from "vitest";
import { integrationTestRunner, type TestApi } from "../src/framework/test-utils/runners.ts";
import { checkoutConfig } from "./fixtures/checkout.ts";
import { type CheckoutWorld, seedCheckoutWorld } from "./fixtures/checkout-world.ts";
import {
  CheckoutAddShipping,
  CheckoutApplyCodes,
  CheckoutBrowse,
  CheckoutCart,
  CheckoutComplete,
  CheckoutCreateCart,
  CheckoutCreatePaymentCollection,
  CheckoutInitiatePayment,
  CheckoutOrder,
  CheckoutShippingOptions,
  CheckoutUpdateItem,
} from "./operations/checkout.ts";

// A whole storefront checkout through the typed codegen client: browse → cart → address →
// shipping → promotion codes → payment → complete → the order, with totals computed by hand:
// the EU region prices include 20 % VAT (2 shirts at 120 EUR, Standard shipping 4.90), the US
// region adds 5 % tax on top (3 shirts at 50 USD, Standard US 5.90, taxed too).

integrationTestRunner({
  config: checkoutConfig,
  testSuite: ({ api, getContainer }) => {
    let w: CheckoutWorld;
    beforeAll(async () => {
      w = await seedCheckoutWorld(api, getContainer());
    });

    /** The cart as far as payment: created with an address and items, shipped with the first option offered. */
    async function shippedCart(client: TestApi, region: "eu" | "us", quantity: number) {
      const created = await client.graphql(CheckoutCreateCart, {
        input: {
          regionId: region === "eu" ? w.eu : w.us,
          email: "shopper@example.com",
          shippingAddress:
            region === "eu" ? { countryCode: "de", city: "Berlin" } : { countryCode: "us", city: "Austin" },
          items: [{ variantId: w.variants.shirtM, quantity }],
        },
      });
      expect(created.data?.createCart.userErrors).toEqual([]);
      const cartId = created.data?.createCart.cart?.id ?? "";
      const options = (await client.graphql(CheckoutShippingOptions, { cartId })).data?.shippingOptionsForCart ?? [];
      const standard = options.find((o) => o.name === (region === "eu" ? "Standard" : "Standard US"));
      expect(standard).toMatchObject(region === "eu" ? { amount: "4.90", currencyCode: "eur" } : { amount: "5.90" });
      const shipped = await client.graphql(CheckoutAddShipping, { input: { cartId, optionId: standard?.id ?? "" } });
      expect(shipped.data?.addShippingMethodToCart.userErrors).toEqual([]);
      return cartId;
    }

    it("EU: browse, cart, shipping, 10 % off and free shipping, pay with the test provider, complete, read the order", async () => {
      const page = await w.guest.graphql(CheckoutBrowse, { handle: "shirt", regionId: w.eu });
      const shirtM = page.data?.products.edges[0]?.node.variants.find((v) => v.sku === "SHIRT-M");
      expect(shirtM?.calculatedPrice).toEqual({ calculatedAmount: "120", currencyCode: "eur" });

      const cartId = await shippedCart(w.guest, "eu", 2);
      const codes = await w.guest.graphql(CheckoutApplyCodes, { input: { cartId, codes: ["PCT10", "FREESHIP"] } });
      expect(codes.data?.applyCartPromotionCodes.userErrors).toEqual([]);
      // 2 × 120 = 240, 10 % off = 216 (tax included: 216 / 1.2 × 0.2 = 36), shipping 4.90 − 4.90 = 0.
      expect(codes.data?.applyCartPromotionCodes.cart?.totals).toMatchObject({
        currencyCode: "eur",
        taxTotal: "36.00",
        shippingTotal: "0.00",
        total: "216.00",
      });

      const collection = await w.guest.graphql(CheckoutCreatePaymentCollection, { input: { cartId } });
      expect(collection.data?.createCartPaymentCollection).toMatchObject({
        userErrors: [],
        payment: { amount: "216", currencyCode: "eur", session: null },
      });
      const paying = await w.guest.graphql(CheckoutInitiatePayment, { input: { cartId, providerId: "pp_test_test" } });
      expect(paying.data?.initiateCartPaymentSession.userErrors).toEqual([]);
      expect(paying.data?.initiateCartPaymentSession.payment).toMatchObject({
        paymentCollectionId: collection.data?.createCartPaymentCollection.payment?.paymentCollectionId,
        session: { providerId: "pp_test_test", status: "pending", amount: "216" },
        cart: { id: cartId },
      });

      const completed = await w.guest.graphql(CheckoutComplete, { input: { cartId } });
      expect(completed.data?.completeCart.userErrors).toEqual([]);
      const order = completed.data?.completeCart.order;
      expect(order).toMatchObject({
        email: "shopper@example.com",
        currencyCode: "eur",
        items: [{ variantSku: "SHIRT-M", quantity: 2 }],
        totals: { taxTotal: "36.00", shippingTotal: "0.00", total: "216.00" },
      });
      const read = await w.guest.graphql(CheckoutOrder, { id: order?.id ?? "" });
      expect(read.data?.order).toEqual({
        id: order?.id,
        displayId: order?.displayId,
        email: "shopper@example.com",
        totals: { total: "216.00" },
      });
      // Another channel's key cannot read it: NOT_FOUND, as for an unknown id.
      const other = await w.otherChannel.graphql(CheckoutOrder, { id: order?.id ?? "" });
      expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });

    it("US: a fixed 20 USD promotion with 5 % tax on top, paid with the system provider", async () => {
      const cartId = await shippedCart(w.ann, "us", 3);
      const codes = await w.ann.graphql(CheckoutApplyCodes, { input: { cartId, codes: ["USD20"] } });
      // 3 × 50 = 150 − 20 = 130, tax 5 % = 6.50; shipping 5.90 + 5 % = 0.295; 142.695 → 142.70.
      expect(codes.data?.applyCartPromotionCodes.cart?.totals).toMatchObject({
        currencyCode: "usd",
        discountTotal: "20.00",
        taxTotal: "6.80",
        total: "142.70",
      });
      const paying = await w.ann.graphql(CheckoutInitiatePayment, {
        input: { cartId, providerId: "pp_system_default" },
      });
      expect(paying.data?.initiateCartPaymentSession.payment?.amount).toBe("142.7");
      const completed = await w.ann.graphql(CheckoutComplete, { input: { cartId } });
      expect(completed.data?.completeCart.userErrors).toEqual([]);
      expect(completed.data?.completeCart.order?.totals).toMatchObject({ discountTotal: "20.00", total: "142.70" });
      // Ann's order is hers: Bob gets NOT_FOUND.
      const bob = await w.bob.graphql(CheckoutOrder, { id: completed.data?.completeCart.order?.id ?? "" });
      expect(bob.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });

    it("a cart changed after its payment collection needs it updated before it completes", async () => {
      const cartId = await shippedCart(w.guest, "eu", 1);
      await w.guest.graphql(CheckoutInitiatePayment, { input: { cartId, providerId: "pp_test_test" } });
      const cart = (await w.guest.graphql(CheckoutCart, { id: cartId })).data?.cart;
      await w.guest.graphql(CheckoutUpdateItem, { input: { cartId, itemId: cart?.items[0]?.id ?? "", quantity: 2 } });
      const stale = await w.guest.graphql(CheckoutComplete, { input: { cartId } });
      expect(stale.data?.completeCart.userErrors).toMatchObject([{ code: "INVALID_DATA" }]);
      expect((await w.guest.graphql(CheckoutCart, { id: cartId })).data?.cart?.completedAt).toBeNull();

      // 2 × 120 + 4.90 shipping: the collection follows the cart, a new session asks for it.
      const updated = await w.guest.graphql(CheckoutInitiatePayment, { input: { cartId, providerId: "pp_test_test" } });
      expect(updated.data?.initiateCartPaymentSession.payment?.amount).toBe("244.9");
      const completed = await w.guest.graphql(CheckoutComplete, { input: { cartId } });
      expect(completed.data?.completeCart.userErrors).toEqual([]);
      expect(completed.data?.completeCart.order?.totals.total).toBe("244.90");
    });

    it("refusals are typed and write nothing: unknown provider, another's cart, an empty cart", async () => {
      const payment = getContainer().resolve("payment");
      const collectionsBefore = (await payment.listPaymentCollections({})).length;
      const cartId = await shippedCart(w.ann, "eu", 1);

      const unknown = await w.ann.graphql(CheckoutInitiatePayment, { input: { cartId, providerId: "pp_nope" } });
      expect(unknown.data?.initiateCartPaymentSession.payment).toBeNull();
      expect(unknown.data?.initiateCartPaymentSession.userErrors).toHaveLength(1);
      // The collection the first step made was undone with the failed session.
      expect((await payment.listPaymentCollections({})).length).toBe(collectionsBefore);

      // Another's cart is NOT_FOUND (a GraphQL error, as for an unknown id), before anything is written.
      const bobs = await w.bob.graphql(CheckoutCreatePaymentCollection, { input: { cartId } });
      expect(bobs.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const otherKey = await w.otherChannel.graphql(CheckoutInitiatePayment, {
        input: { cartId, providerId: "pp_test_test" },
      });
      expect(otherKey.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect((await payment.listPaymentCollections({})).length).toBe(collectionsBefore);

      const empty = await w.guest.graphql(CheckoutCreateCart, { input: { regionId: w.eu } });
      const emptyId = empty.data?.createCart.cart?.id ?? "";
      const refused = await w.guest.graphql(CheckoutCreatePaymentCollection, { input: { cartId: emptyId } });
      expect(refused.data?.createCartPaymentCollection.userErrors).toMatchObject([{ code: "INVALID_DATA" }]);
      expect((await payment.listPaymentCollections({})).length).toBe(collectionsBefore);
    });
  },
});
