import { beforeAll, describe, expect, it } from "vitest";
import { TesseraError } from "../src/framework/errors/tessera-error.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { refreshCartWorkflow } from "../src/workflows/cart/index.ts";
import { CART_FIELDS, type CartWorld, seedCartWorld } from "./fixtures/cart-world.ts";

type Payload = { cart: { items: { variantId: string; quantity: number }[] } | null; userErrors: { code: string }[] };
const ADD = `mutation($input: AddCartLineItemInput!) { addCartLineItem(input: $input) { cart { items { variantId quantity } } userErrors { code } } }`;
const CREATE =
  "mutation($input: CreateCartInput!) { createCart(input: $input) { cart { id } userErrors { code message } } }";
const READ = `query($id: ID!) { cart(id: $id) { ${CART_FIELDS}
  shippingMethods { amount taxLines { rate } adjustments { amount } totals { total } } } }`;

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let w: CartWorld;
    beforeAll(async () => {
      w = await seedCartWorld(api, getContainer());
    });
    const newCart = async () => {
      const res = await w.guest.graphql<{ createCart: { cart: { id: string } } }, Record<string, unknown>>(CREATE, {
        input: { regionId: w.eu, shippingAddress: { countryCode: "de" } },
      });
      return res.data?.createCart.cart.id ?? "";
    };

    describe("two addToCart at once on one cart", () => {
      it("both land: the same variant's line ends with both quantities (no lost update)", async () => {
        const cartId = await newCart();
        const input = { cartId, variantId: w.variants.shirtM, quantity: 1 };
        const results = await Promise.all(
          [1, 2].map(() => w.guest.graphql<{ addCartLineItem: Payload }, Record<string, unknown>>(ADD, { input })),
        );
        expect(results.map((r) => r.data?.addCartLineItem.userErrors)).toEqual([[], []]);
        const lines = await getContainer().resolve("cart").listLineItems({ cart_id: cartId });
        expect(lines.map((l) => l.quantity)).toEqual([2]);
      });

      it("both land: different variants give two priced, taxed lines", async () => {
        const cartId = await newCart();
        await Promise.all(
          [w.variants.shirtM, w.variants.shirtXL].map((variantId) =>
            w.guest.graphql(ADD, { input: { cartId, variantId, quantity: 1 } }),
          ),
        );
        const cart = await getContainer()
          .resolve("cart")
          .retrieveCart(cartId, { relations: ["items.tax_lines"] });
        expect(
          (cart.items ?? []).map((i) => [i.quantity, i.unit_price.toFixed(), i.tax_lines?.map((l) => l.code)]),
        ).toEqual([
          [1, "120", ["VAT"]],
          [1, "120", ["VAT"]],
        ]);
      });
    });

    describe("a failure after the cart was written undoes every step", () => {
      // The adjustments hook (where promotions will plug in) fails for these carts, after the
      // item was written and priced: each workflow compensates back to the cart as it was.
      const failing = new Set<string>();
      refreshCartWorkflow.hooks.refreshAdjustments(({ cart_id }) => {
        if (failing.has(cart_id)) throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Promotions are unavailable");
      });
      const state = async (id: string) => {
        const cart = await getContainer()
          .resolve("cart")
          .retrieveCart(id, { relations: ["items.tax_lines", "shipping_address"] });
        return {
          region: cart.region_id,
          currency: cart.currency_code,
          country: cart.shipping_address?.country_code,
          items: (cart.items ?? []).map((i) => ({
            id: i.id,
            quantity: i.quantity,
            price: i.unit_price.toFixed(),
            tax: (i.tax_lines ?? []).map((l) => `${l.code} ${l.rate.toFixed()}`),
          })),
        };
      };
      const call = async (doc: string, input: Record<string, unknown>) =>
        Object.values(
          (
            await w.guest.graphql<Record<string, { userErrors: { code: string }[] }>, Record<string, unknown>>(doc, {
              input,
            })
          ).data ?? {},
        )[0]?.userErrors;

      it("adding, removing and moving region leave the cart, its prices and tax lines as they were", async () => {
        const cartId = await newCart();
        await w.guest.graphql(ADD, { input: { cartId, variantId: w.variants.shirtM, quantity: 1 } });
        const before = await state(cartId);
        expect(before.items).toMatchObject([{ quantity: 1, price: "120", tax: ["VAT 20"] }]);
        failing.add(cartId);
        const failed = [{ code: "NOT_ALLOWED" }];
        expect(await call(ADD, { cartId, variantId: w.variants.shirtM, quantity: 2 })).toMatchObject(failed);
        expect(await call(ADD, { cartId, variantId: w.variants.shirtXL, quantity: 1 })).toMatchObject(failed);
        const itemId = before.items[0]?.id;
        expect(
          await call(
            "mutation($input: RemoveCartLineItemInput!) { removeCartLineItem(input: $input) { userErrors { code } } }",
            {
              cartId,
              itemId,
            },
          ),
        ).toMatchObject(failed);
        expect(
          await call("mutation($input: UpdateCartInput!) { updateCart(input: $input) { userErrors { code } } }", {
            id: cartId,
            regionId: w.us,
            shippingAddress: { countryCode: "us" },
          }),
        ).toMatchObject(failed);
        expect(await state(cartId)).toEqual(before);
        failing.delete(cartId);
      });
    });

    describe("reading a cart", () => {
      // Carts written straight through the service: N lines, each with an adjustment and a tax line.
      const cartWith = async (lines: number) => {
        const service = getContainer().resolve("cart");
        const cart = await service.createCartWithAddresses({
          currency_code: "eur",
          sales_channel_id: w.channelA,
          shipping_address: { country_code: "de" },
          billing_address: { country_code: "de" },
        });
        const items = await service.addLineItems(
          cart.id,
          Array.from({ length: lines }, (_, i) => ({
            title: `Line ${i}`,
            quantity: 1 + (i % 3),
            unit_price: "19.99",
            is_tax_inclusive: true,
          })),
        );
        const [method] = await service.addShippingMethods(cart.id, [{ name: "Post", amount: "4.9" }]);
        await service.setLineItemAdjustments(
          cart.id,
          items.map((i) => ({ item_id: i.id, amount: "1" })),
        );
        await service.setLineItemTaxLines(
          cart.id,
          items.map((i) => ({ item_id: i.id, rate: "20", code: "VAT" })),
        );
        await service.setShippingMethodTaxLines(cart.id, [
          { shipping_method_id: method?.id ?? "", rate: "20", code: "VAT" },
        ]);
        return cart.id;
      };

      it("costs the same SQL statements with 3 and with 30 items", async () => {
        const db = getContainer().resolve("db");
        const statements = async (lines: number) => {
          const id = await cartWith(lines);
          db.resetQueryCount();
          const res = await w.guest.graphql<{ cart: { items: unknown[]; totals: { total: string } } }, { id: string }>(
            READ,
            { id },
          );
          expect(res.errors).toBeUndefined();
          expect(res.data?.cart.items).toHaveLength(lines);
          return db.queryCount();
        };
        const three = await statements(3);
        const thirty = await statements(30);
        expect(thirty).toBe(three);
      });
    });
  },
});
