import { beforeAll, describe, expect, it } from "vitest";
import { TesseraError } from "../src/framework/errors/tessera-error.ts";
import { recordEvents } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner, type TestApi } from "../src/framework/test-utils/runners.ts";
import variantPriceSet from "../src/links/product-variant-price-set.ts";
import { refreshCartWorkflow } from "../src/workflows/cart/index.ts";
import { CART_FIELDS, type CartWorld, seedCartWorld } from "./fixtures/cart-world.ts";

type Cart = {
  id: string;
  currencyCode: string;
  regionId: string;
  customerId: string | null;
  email: string | null;
  items: {
    id: string;
    variantId: string;
    quantity: number;
    unitPrice: string;
    isTaxInclusive: boolean;
    taxLines: { code: string; rate: string }[];
    totals: { subtotal: string; taxTotal: string; total: string };
  }[];
  totals: Record<string, string>;
};
type Payload = { cart: Cart | null; userErrors: { field: string[] | null; code: string; message: string }[] };

const payload = `{ cart { ${CART_FIELDS} } userErrors { field code message } }`;
const CREATE = `mutation($input: CreateCartInput!) { createCart(input: $input) ${payload} }`;
const ADD = `mutation($input: AddCartLineItemInput!) { addCartLineItem(input: $input) ${payload} }`;
const UPDATE_ITEM = `mutation($input: UpdateCartLineItemInput!) { updateCartLineItem(input: $input) ${payload} }`;
const REMOVE = `mutation($input: RemoveCartLineItemInput!) { removeCartLineItem(input: $input) ${payload} }`;
const UPDATE = `mutation($input: UpdateCartInput!) { updateCart(input: $input) ${payload} }`;
const READ = `query($id: ID!) { cart(id: $id) { ${CART_FIELDS} } }`;
const NODE = "query($id: ID!) { node(id: $id) { id ... on Cart { email } } }";

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let w: CartWorld;
    beforeAll(async () => {
      w = await seedCartWorld(api, getContainer());
    });

    const run = async (client: TestApi, doc: string, input: Record<string, unknown>, field: string) => {
      const res = await client.graphql<Record<string, Payload>, Record<string, unknown>>(doc, { input });
      expect(res.errors).toBeUndefined();
      return res.data?.[field] as Payload;
    };
    const create = (client: TestApi, input: Record<string, unknown>) => run(client, CREATE, input, "createCart");
    const add = (client: TestApi, input: Record<string, unknown>) => run(client, ADD, input, "addCartLineItem");
    const read = async (client: TestApi, id: string) =>
      (await client.graphql<{ cart: Cart }, { id: string }>(READ, { id })).data?.cart as Cart;
    const de = { countryCode: "DE", city: "Berlin" };
    const cartCount = async () => (await getContainer().resolve("cart").listAndCountCarts({}, { take: 0 }))[1];

    describe("the EU region: prices include 20 % VAT", () => {
      it("creates a cart in the region's currency, priced and taxed for its address, and emits cart.created", async () => {
        const created = recordEvents<{ id: string }>(getContainer().resolve("eventBus"), "cart.created");
        const { cart, userErrors } = await create(w.guest, {
          regionId: w.eu,
          email: "guest@example.com",
          shippingAddress: de,
          items: [{ variantId: w.variants.shirtM, quantity: 2 }],
          idempotencyKey: "eu-cart-1",
        });
        expect(userErrors).toEqual([]);
        expect(cart?.currencyCode).toBe("eur");
        expect(cart?.items).toMatchObject([
          {
            quantity: 2,
            unitPrice: "120.00",
            isTaxInclusive: true,
            taxLines: [{ code: "VAT", rate: "20" }],
            // 240 with VAT: 200 + 40
            totals: { subtotal: "200.00", taxTotal: "40.00", total: "240.00" },
          },
        ]);
        expect(cart?.totals).toMatchObject({
          currencyCode: "eur",
          subtotal: "200.00",
          taxTotal: "40.00",
          total: "240.00",
        });
        // delivered after the answer, or already: either way the one event names this cart
        expect((created.received[0] ?? (await created.next())).id).toBe(cart?.id);
        // the same idempotency key answers the same cart, and writes nothing more
        const before = await cartCount();
        const again = await create(w.guest, { regionId: w.eu, shippingAddress: de, idempotencyKey: "eu-cart-1" });
        expect(again.cart?.id).toBe(cart?.id);
        expect(await cartCount()).toBe(before);
      });

      it("adds to a line already there, updates and removes items, recomputing totals each time", async () => {
        const { cart } = await create(w.guest, { regionId: w.eu, shippingAddress: de });
        const id = cart?.id ?? "";
        await add(w.guest, { cartId: id, variantId: w.variants.shirtM, quantity: 1 });
        const twice = await add(w.guest, { cartId: id, variantId: w.variants.shirtM, quantity: 2 });
        expect(twice.cart?.items.map((i) => i.quantity)).toEqual([3]);
        expect(twice.cart?.totals.total).toBe("360.00");
        const itemId = twice.cart?.items[0]?.id ?? "";
        const updated = await run(w.guest, UPDATE_ITEM, { cartId: id, itemId, quantity: 1 }, "updateCartLineItem");
        expect(updated.cart?.totals).toMatchObject({ subtotal: "100.00", taxTotal: "20.00", total: "120.00" });
        const removed = await run(w.guest, REMOVE, { cartId: id, itemId }, "removeCartLineItem");
        expect(removed.cart?.items).toEqual([]);
        expect(removed.cart?.totals.total).toBe("0.00");
      });

      it("without a shipping address there are no tax lines; setting one taxes the cart", async () => {
        const { cart } = await create(w.guest, {
          regionId: w.eu,
          items: [{ variantId: w.variants.shirtM, quantity: 1 }],
        });
        expect(cart?.items[0]?.taxLines).toEqual([]);
        expect(cart?.totals).toMatchObject({ taxTotal: "0.00", total: "120.00" });
        const withAddress = await run(
          w.guest,
          UPDATE,
          { id: cart?.id, shippingAddress: de, email: "x@example.com" },
          "updateCart",
        );
        expect(withAddress.cart?.email).toBe("x@example.com");
        expect(withAddress.cart?.totals).toMatchObject({ subtotal: "100.00", taxTotal: "20.00", total: "120.00" });
      });
    });

    describe("the US region: prices exclude a 5 % tax", () => {
      it("taxes on top, and a region change re-prices in the new currency", async () => {
        const us = await create(w.guest, {
          regionId: w.us,
          shippingAddress: { countryCode: "us" },
          items: [{ variantId: w.variants.shirtM, quantity: 3 }],
        });
        // 3 × 50 = 150, 5 % = 7.50
        expect(us.cart?.totals).toMatchObject({
          currencyCode: "usd",
          subtotal: "150.00",
          taxTotal: "7.50",
          total: "157.50",
        });
        const moved = await run(
          w.guest,
          UPDATE,
          { id: us.cart?.id, regionId: w.eu, shippingAddress: de },
          "updateCart",
        );
        expect(moved.cart?.currencyCode).toBe("eur");
        expect(moved.cart?.items[0]).toMatchObject({ unitPrice: "120.00", isTaxInclusive: true });
        // 3 × 120 = 360 with VAT: 300 + 60
        expect(moved.cart?.totals).toMatchObject({ subtotal: "300.00", taxTotal: "60.00", total: "360.00" });
      });
    });

    describe("quantity tiers: each line is priced for its quantity", () => {
      // SHIRT-XL (sold on backorder) costs 100 EUR from 3 units, 120 EUR below.
      beforeAll(async () => {
        const [row] = await getContainer()
          .resolve("link")
          .list(variantPriceSet, { product_variant_id: w.variants.shirtXL });
        await getContainer()
          .resolve("pricing")
          .setPriceSetPrices(String(row?.price_set_id), [
            { amount: "120", currency_code: "eur" },
            { amount: "100", currency_code: "eur", min_quantity: 3 },
            { amount: "50", currency_code: "usd" },
          ]);
      });
      const lines = async (id: string) =>
        (await read(w.guest, id)).items.map((i) => ({ quantity: i.quantity, unitPrice: i.unitPrice }));

      it("adding, merging and changing quantities re-prices the line; a later failure puts it back", async () => {
        const { cart } = await create(w.guest, {
          regionId: w.eu,
          shippingAddress: de,
          items: [{ variantId: w.variants.shirtXL, quantity: 3 }],
        });
        const id = cart?.id ?? "";
        expect(await lines(id)).toEqual([{ quantity: 3, unitPrice: "100.00" }]);
        const itemId = cart?.items[0]?.id ?? "";
        const setQuantity = (quantity: number) =>
          run(w.guest, UPDATE_ITEM, { cartId: id, itemId, quantity }, "updateCartLineItem");
        expect((await setQuantity(1)).userErrors).toEqual([]);
        expect(await lines(id)).toEqual([{ quantity: 1, unitPrice: "120.00" }]);
        const merged = await add(w.guest, { cartId: id, variantId: w.variants.shirtXL, quantity: 2 });
        expect(merged.cart?.items).toMatchObject([{ quantity: 3, unitPrice: "100.00" }]);
        expect(merged.cart?.totals.total).toBe("300.00");
        expect((await setQuantity(2)).userErrors).toEqual([]);
        const before = await read(w.guest, id);
        expect(before.items).toMatchObject([{ quantity: 2, unitPrice: "120.00" }]);
        // The refresh's hook refuses: the change is undone, its price with it.
        let failing = id;
        refreshCartWorkflow.hooks.refreshAdjustments(({ cart_id }) => {
          if (cart_id === failing) throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Refused");
        });
        expect((await setQuantity(4)).userErrors).toMatchObject([{ code: "NOT_ALLOWED" }]);
        expect(await read(w.guest, id)).toEqual(before);
        const refusedMerge = await add(w.guest, { cartId: id, variantId: w.variants.shirtXL, quantity: 2 });
        expect(refusedMerge.userErrors).toMatchObject([{ code: "NOT_ALLOWED" }]);
        expect(await read(w.guest, id)).toEqual(before);
        const refusedNew = await add(w.guest, { cartId: id, variantId: w.variants.shirtM, quantity: 1 });
        expect(refusedNew.userErrors).toMatchObject([{ code: "NOT_ALLOWED" }]);
        expect(await read(w.guest, id)).toEqual(before);
        const refusedRemove = await run(w.guest, REMOVE, { cartId: id, itemId }, "removeCartLineItem");
        expect(refusedRemove.userErrors).toMatchObject([{ code: "NOT_ALLOWED" }]);
        expect(await read(w.guest, id)).toEqual(before);
        failing = "";
      });
    });

    describe("bad input is a typed userError and writes nothing", () => {
      let cartId = "";
      let snapshot: Cart;
      beforeAll(async () => {
        const { cart } = await create(w.guest, {
          regionId: w.eu,
          shippingAddress: de,
          items: [{ variantId: w.variants.shirtM, quantity: 1 }],
        });
        cartId = cart?.id ?? "";
        snapshot = await read(w.guest, cartId);
      });

      const badAdds: [string, (w: CartWorld) => { variantId: string; quantity: number }, string, string[]][] = [
        [
          "an unknown variant",
          () => ({ variantId: "variant_01UNKNOWN", quantity: 1 }),
          "INVALID_DATA",
          ["input", "variantId"],
        ],
        [
          "a variant the key's channel does not sell",
          (x) => ({ variantId: x.variants.mug, quantity: 1 }),
          "INVALID_DATA",
          ["input", "variantId"],
        ],
        ["quantity 0", (x) => ({ variantId: x.variants.shirtM, quantity: 0 }), "INVALID_DATA", ["input", "quantity"]],
        [
          "a negative quantity",
          (x) => ({ variantId: x.variants.shirtM, quantity: -2 }),
          "INVALID_DATA",
          ["input", "quantity"],
        ],
        [
          "more than the channel's stock",
          (x) => ({ variantId: x.variants.shirtL, quantity: 2 }),
          "NOT_ALLOWED",
          ["input", "quantity"],
        ],
      ];
      it.each(badAdds)("%s", async (_name, input, code, field) => {
        const { cart, userErrors } = await add(w.guest, { cartId, ...input(w) });
        expect(cart).toBeNull();
        expect(userErrors).toMatchObject([{ code, field }]);
        expect(await read(w.guest, cartId)).toEqual(snapshot);
      });

      it("more than the stock is fine for a variant sold on backorder", async () => {
        const { cart } = await create(w.guest, {
          regionId: w.eu,
          items: [{ variantId: w.variants.shirtXL, quantity: 5 }],
        });
        expect(cart?.items.map((i) => i.quantity)).toEqual([5]);
      });

      it("raising a line above the stock is refused and leaves the quantity", async () => {
        const { cart } = await create(w.guest, {
          regionId: w.eu,
          items: [{ variantId: w.variants.shirtL, quantity: 1 }],
        });
        const item = cart?.items[0]?.id;
        const res = await run(
          w.guest,
          UPDATE_ITEM,
          { cartId: cart?.id, itemId: item, quantity: 2 },
          "updateCartLineItem",
        );
        expect(res.userErrors).toMatchObject([{ code: "NOT_ALLOWED" }]);
        expect((await read(w.guest, cart?.id ?? "")).items.map((i) => i.quantity)).toEqual([1]);
      });

      it("a currency the region does not have, or a bad first item, leaves no cart", async () => {
        const before = await cartCount();
        const currency = await create(w.guest, { regionId: w.eu, currencyCode: "usd" });
        expect(currency.userErrors).toMatchObject([{ code: "INVALID_DATA", field: ["input", "currencyCode"] }]);
        const item = await create(w.guest, { regionId: w.eu, items: [{ variantId: w.variants.mug, quantity: 1 }] });
        expect(item.userErrors).toMatchObject([{ code: "INVALID_DATA", field: ["input", "variantId"] }]);
        expect(await cartCount()).toBe(before);
        expect(await getContainer().resolve("cart").listAddresses({})).toHaveLength(
          (
            await getContainer()
              .resolve("cart")
              .listCarts({}, { relations: ["shipping_address"] })
          ).filter((c) => c.shipping_address).length,
        );
      });
    });

    describe("who may read and change a cart", () => {
      it("a cart created logged in is its customer's: others get NOT_FOUND as for an unknown id", async () => {
        const { cart } = await create(w.ann, {
          regionId: w.eu,
          items: [{ variantId: w.variants.shirtM, quantity: 1 }],
        });
        expect(cart).toMatchObject({ customerId: w.annId, email: "ann@example.com" });
        const id = cart?.id ?? "";
        expect((await read(w.ann, id)).id).toBe(id);
        const unknown = await w.ann.graphql(READ, { id: "cart_01JUNKNOWN000000000000000" });
        expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
        for (const other of [w.bob, w.guest, w.otherChannel]) {
          const res = await other.graphql(READ, { id });
          expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
          const node = await other.graphql<{ node: unknown }, { id: string }>(NODE, { id });
          expect(node.data?.node).toBeNull();
          const write = await other.graphql(ADD, { input: { cartId: id, variantId: w.variants.shirtM, quantity: 1 } });
          expect(write.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
        }
        expect((await read(w.ann, id)).items.map((i) => i.quantity)).toEqual([1]);
        const node = await w.ann.graphql<{ node: { id: string } }, { id: string }>(NODE, { id });
        expect(node.data?.node.id).toBe(id);
      });

      it("a guest cart is read with a key of its channel only", async () => {
        const { cart } = await create(w.guest, { regionId: w.eu });
        expect(cart?.customerId).toBeNull();
        expect((await read(w.bob, cart?.id ?? "")).id).toBe(cart?.id);
        const res = await w.otherChannel.graphql(READ, { id: cart?.id });
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
      });
    });
  },
});
