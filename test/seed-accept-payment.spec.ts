import { expect, it } from "vitest";
import { ContainerRegistrationKeys } from "../src/framework/container/keys.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import cartPaymentCollection from "../src/links/cart-payment-collection.ts";
import { Modules } from "../src/modules/index.ts";
import { TestPaymentProvider } from "../src/modules/payment/providers/test-provider.ts";

// The seed's "Accept Payment using Module" (Commerce Modules), run as written with the cart link:
// only the imports differ, and `container.resolve(ContainerRegistrationKeys)` in the seed (a typo
// for a key) reads `ContainerRegistrationKeys.LINK`. The seed's provider id "stripe" is a test
// provider configured under that id, so no network is needed.
integrationTestRunner({
  config: {
    modules: [
      {
        resolve: "./modules/payment",
        options: {
          providers: [{ resolve: TestPaymentProvider, id: "stripe", options: { webhookSecret: "whsec_seed" } }],
        },
      },
    ],
  },
  testSuite: ({ getContainer }) => {
    it("creates a payment collection linked to the cart, a session, and authorizes it", async () => {
      const container = getContainer();
      const paymentModuleService = container.resolve(Modules.PAYMENT);
      await container.resolve(Modules.CART).createCarts({ id: "cart_123", currency_code: "usd" });

      // --- the seed, as written ---
      const paymentCollection = await paymentModuleService.createPaymentCollections({
        region_id: "reg_123",
        currency_code: "usd",
        amount: 5000,
      });

      // resolve the remote link
      const remoteLink = container.resolve(ContainerRegistrationKeys.LINK);

      // create a link between the cart and payment collection
      await remoteLink.create({
        [Modules.CART]: {
          cart_id: "cart_123",
        },
        [Modules.PAYMENT]: {
          payment_collection_id: paymentCollection.id,
        },
      });

      const paymentSession = await paymentModuleService.createPaymentSession(paymentCollection.id, {
        provider_id: "stripe",
        currency_code: "usd",
        amount: 5000,
        data: {
          // any necessary data for the
          // payment provider
        },
      });

      const payment = await paymentModuleService.authorizePaymentSession(paymentSession.id, {});
      // --- end of the seed ---

      expect(payment).toMatchObject({ provider_id: "pp_test_stripe", currency_code: "usd" });
      expect(String(payment.amount)).toBe("5000");
      // The link is what checkout reads: the cart's payment collection, authorized, through query.graph.
      const query = container.createScope().resolve(ContainerRegistrationKeys.QUERY);
      const { data: links } = await query.graph({
        entity: cartPaymentCollection.entryPoint,
        fields: ["cart.id", "payment_collection.id", "payment_collection.status"],
        filters: { cart_id: "cart_123" },
      });
      expect(links).toEqual([
        expect.objectContaining({
          cart: expect.objectContaining({ id: "cart_123" }),
          payment_collection: expect.objectContaining({ id: paymentCollection.id, status: "authorized" }),
        }),
      ]);
      // One cart has one payment collection: a second link of the same cart is refused.
      const other = await paymentModuleService.createPaymentCollections({ currency_code: "usd", amount: 10 });
      await expect(
        remoteLink.create({
          [Modules.CART]: { cart_id: "cart_123" },
          [Modules.PAYMENT]: { payment_collection_id: other.id },
        }),
      ).rejects.toThrow();
    });
  },
});
