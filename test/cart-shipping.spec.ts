import { beforeAll, describe, expect, it } from "vitest";
import { integrationTestRunner, type TestApi } from "../src/framework/test-utils/runners.ts";
import { type CheckoutWorld, seedCheckoutWorld } from "./fixtures/checkout-world.ts";

// Shipping a cart through GraphQL: the options valid for it, choosing one (priced, replacing the
// method of its profile, taxed), and what a later change (address, items, region) does to it.

type Method = {
  name: string;
  amount: string;
  currencyCode: string;
  shippingOptionId: string;
  totals: { taxTotal: string; total: string };
};
type Cart = {
  id: string;
  shippingMethods: Method[];
  totals: { subtotal: string; taxTotal: string; shippingTotal: string; total: string; currencyCode: string };
};
type Payload = { cart: Cart | null; userErrors: { field: string[] | null; code: string; message: string }[] };

const CART = `id shippingMethods { name amount currencyCode shippingOptionId totals { taxTotal total } }
  totals { subtotal taxTotal shippingTotal total currencyCode }`;
const CREATE = `mutation($input: CreateCartInput!) { createCart(input: $input) { cart { ${CART} } userErrors { code } } }`;
const SHIP = `mutation($input: AddShippingMethodToCartInput!) { addShippingMethodToCart(input: $input) { cart { ${CART} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateCartInput!) { updateCart(input: $input) { cart { ${CART} } userErrors { code } } }`;
const UPDATE_ITEM = `mutation($input: UpdateCartLineItemInput!) { updateCartLineItem(input: $input) { cart { ${CART} } userErrors { code } } }`;
const OPTIONS = `query($id: ID!) { shippingOptionsForCart(cartId: $id) { id name amount currencyCode isTaxInclusive } }`;
const READ = `query($id: ID!) { cart(id: $id) { ${CART} items { id } } }`;

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let w: CheckoutWorld;
    beforeAll(async () => {
      w = await seedCheckoutWorld(api, getContainer());
    });

    const create = async (client: TestApi, input: Record<string, unknown>) => {
      const res = await client.graphql<{ createCart: { cart: Cart; userErrors: unknown[] } }, Record<string, unknown>>(
        CREATE,
        { input },
      );
      expect(res.data?.createCart.userErrors).toEqual([]);
      return res.data?.createCart.cart as Cart;
    };
    const euCart = (quantity = 2, client: TestApi = w.guest) =>
      create(client, {
        regionId: w.eu,
        shippingAddress: { countryCode: "de" },
        items: [{ variantId: w.variants.shirtM, quantity }],
      });
    const ship = async (cartId: string, optionId: string, client: TestApi = w.guest, extra = {}) => {
      const res = await client.graphql<{ addShippingMethodToCart: Payload }, Record<string, unknown>>(SHIP, {
        input: { cartId, optionId, ...extra },
      });
      expect(res.errors).toBeUndefined();
      return res.data?.addShippingMethodToCart as Payload;
    };
    const options = async (cartId: string, client: TestApi = w.guest) => {
      const res = await client.graphql<
        { shippingOptionsForCart: { name: string; amount: string; currencyCode: string }[] },
        { id: string }
      >(OPTIONS, { id: cartId });
      expect(res.errors).toBeUndefined();
      return (res.data?.shippingOptionsForCart ?? []).map((o) => `${o.name} ${o.amount} ${o.currencyCode}`).sort();
    };
    const read = async (id: string) =>
      (await w.guest.graphql<{ cart: Cart }, { id: string }>(READ, { id })).data?.cart as Cart;

    describe("shippingOptionsForCart", () => {
      it("lists the options for the address, channel, currency and subtotal, priced in the cart's currency", async () => {
        const small = await euCart(1); // 120 EUR: under Express's 200 minimum
        expect(await options(small.id)).toEqual(["Freight 20.00 eur", "Standard 4.90 eur"]);
        const big = await euCart(2); // 240 EUR
        expect(await options(big.id)).toEqual(["Express 9.90 eur", "Freight 20.00 eur", "Standard 4.90 eur"]);
        const us = await create(w.guest, {
          regionId: w.us,
          shippingAddress: { countryCode: "us" },
          items: [{ variantId: w.variants.shirtM, quantity: 1 }],
        });
        expect(await options(us.id)).toEqual(["Standard US 5.90 usd"]);
      });

      it("is empty without a shipping address", async () => {
        const cart = await create(w.guest, { regionId: w.eu, items: [{ variantId: w.variants.shirtM, quantity: 1 }] });
        expect(await options(cart.id)).toEqual([]);
      });
    });

    describe("addShippingMethodToCart", () => {
      it("ships an EU cart: the price includes VAT, the method is taxed, totals follow (hand-computed)", async () => {
        const cart = await euCart(2);
        const { cart: shipped, userErrors } = await ship(cart.id, w.options.standard, w.guest, {
          idempotencyKey: "ship-eu-1",
        });
        expect(userErrors).toEqual([]);
        // 4.90 with 20 % VAT: 4.08 + 0.82
        expect(shipped?.shippingMethods).toEqual([
          {
            name: "Standard",
            amount: "4.90",
            currencyCode: "eur",
            shippingOptionId: w.options.standard,
            totals: { taxTotal: "0.82", total: "4.90" },
          },
        ]);
        // items 240 (200 + 40 VAT), shipping 4.90
        expect(shipped?.totals).toEqual({
          subtotal: "204.08",
          taxTotal: "40.82",
          shippingTotal: "4.90",
          total: "244.90",
          currencyCode: "eur",
        });
        // the same key again: the same answer, no second method
        const again = await ship(cart.id, w.options.standard, w.guest, { idempotencyKey: "ship-eu-1" });
        expect(again.cart?.shippingMethods).toHaveLength(1);
      });

      it("ships a US cart: tax on top of the shipping price", async () => {
        const cart = await create(w.guest, {
          regionId: w.us,
          shippingAddress: { countryCode: "us" },
          items: [{ variantId: w.variants.shirtM, quantity: 3 }],
        });
        const { cart: shipped } = await ship(cart.id, w.options.standardUs);
        // items 150 + 7.50; shipping 5.90 + 0.295 → 0.30
        expect(shipped?.shippingMethods[0]).toMatchObject({
          amount: "5.90",
          totals: { taxTotal: "0.30", total: "6.20" },
        });
        expect(shipped?.totals).toMatchObject({
          subtotal: "155.90",
          taxTotal: "7.80",
          shippingTotal: "6.20",
          total: "163.70",
        });
      });

      it("replaces the method of the same shipping profile and keeps another profile's", async () => {
        const cart = await euCart(2);
        await ship(cart.id, w.options.standard);
        await ship(cart.id, w.options.freight);
        const { cart: express } = await ship(cart.id, w.options.express);
        expect(express?.shippingMethods.map((m) => m.name).sort()).toEqual(["Express", "Freight"]);
        expect(express?.totals.shippingTotal).toBe("29.90");
      });

      it("a method whose option no longer applies goes when the cart changes (Medusa's refresh)", async () => {
        const cart = await euCart(2);
        await ship(cart.id, w.options.express);
        const itemId =
          (await read(cart.id)) && (await getContainer().resolve("cart").listLineItems({ cart_id: cart.id }))[0]?.id;
        // 120 EUR is under Express's minimum: the method is removed
        const fewer = await w.guest.graphql<{ updateCartLineItem: Payload }, Record<string, unknown>>(UPDATE_ITEM, {
          input: { cartId: cart.id, itemId, quantity: 1 },
        });
        expect(fewer.data?.updateCartLineItem.cart?.shippingMethods).toEqual([]);
        expect(fewer.data?.updateCartLineItem.cart?.totals.shippingTotal).toBe("0.00");
        // Standard stays for another EU country, and goes for an address outside the zones
        await ship(cart.id, w.options.standard);
        const fr = await w.guest.graphql<{ updateCart: Payload }, Record<string, unknown>>(UPDATE, {
          input: { id: cart.id, shippingAddress: { countryCode: "fr" } },
        });
        expect(fr.data?.updateCart.cart?.shippingMethods.map((m) => m.name)).toEqual(["Standard"]);
        const ch = await w.guest.graphql<{ updateCart: Payload }, Record<string, unknown>>(UPDATE, {
          input: { id: cart.id, shippingAddress: { countryCode: "ch" } },
        });
        expect(ch.data?.updateCart.cart?.shippingMethods).toEqual([]);
      });

      it("a region change re-prices the method in the new currency", async () => {
        const cart = await euCart(2);
        await ship(cart.id, w.options.standard);
        const moved = await w.guest.graphql<{ updateCart: Payload }, Record<string, unknown>>(UPDATE, {
          input: { id: cart.id, regionId: w.us },
        });
        // still shipped to Germany from the EU zone, now in USD (5.90, tax-exclusive there)
        expect(moved.data?.updateCart.cart?.shippingMethods).toMatchObject([
          { name: "Standard", amount: "5.90", currencyCode: "usd" },
        ]);
      });
    });

    describe("bad input is a typed userError and writes nothing", () => {
      const failures: [string, (w: CheckoutWorld) => string, number, string][] = [
        [
          "an option of another zone (not valid for the address)",
          (x) => x.options.standardUs,
          2,
          "SHIPPING_OPTION_INVALID",
        ],
        ["an option whose minimum subtotal the cart is under", (x) => x.options.express, 1, "SHIPPING_OPTION_INVALID"],
        ["an unknown option", () => "so_01UNKNOWN", 2, "SHIPPING_OPTION_INVALID"],
      ];
      it.each(failures)("%s", async (_name, option, quantity, code) => {
        const cart = await euCart(quantity);
        await ship(cart.id, w.options.freight);
        const before = await read(cart.id);
        const { cart: after, userErrors } = await ship(cart.id, option(w));
        expect(after).toBeNull();
        expect(userErrors).toMatchObject([{ code, field: ["input", "optionId"] }]);
        expect(await read(cart.id)).toEqual(before);
      });

      it("a cart without a shipping address", async () => {
        const cart = await create(w.guest, { regionId: w.eu, items: [{ variantId: w.variants.shirtM, quantity: 1 }] });
        const { userErrors } = await ship(cart.id, w.options.standard);
        expect(userErrors).toMatchObject([{ code: "SHIPPING_ADDRESS_REQUIRED" }]);
        expect((await read(cart.id)).shippingMethods).toEqual([]);
      });
    });

    describe("access", () => {
      it("another customer, or a key of another channel, gets NOT_FOUND and changes nothing", async () => {
        const anns = await euCart(2, w.ann);
        const guests = await euCart(2);
        for (const [client, id] of [
          [w.bob, anns.id],
          [w.guest, anns.id],
          [w.otherChannel, guests.id],
        ] as const) {
          const listed = await client.graphql(OPTIONS, { id });
          expect(listed.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
          const shipped = await client.graphql(SHIP, { input: { cartId: id, optionId: w.options.standard } });
          expect(shipped.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
        }
        expect(
          await getContainer()
            .resolve("cart")
            .listShippingMethods({ cart_id: [anns.id, guests.id] }),
        ).toEqual([]);
        expect((await ship(anns.id, w.options.standard, w.ann)).userErrors).toEqual([]);
      });
    });
  },
});
