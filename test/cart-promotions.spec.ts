import { beforeAll, describe, expect, it } from "vitest";
import { TesseraError } from "../src/framework/errors/tessera-error.ts";
import { recordEvents } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner, type TestApi } from "../src/framework/test-utils/runners.ts";
import type {
  AddItemAdjustmentAction,
  AddShippingMethodAdjustment,
  ComputeActionAdjustmentLine,
  ComputeActionItemLine,
  ComputeActionShippingLine,
} from "../src/modules/promotion/types.ts";
import { refreshCartWorkflow } from "../src/workflows/cart/index.ts";
import { type CheckoutWorld, seedCheckoutWorld } from "./fixtures/checkout-world.ts";

// Promotion codes on carts through GraphQL: the discounts of items and shipping recomputed on
// every change, totals checked by hand for a tax-inclusive EU and a tax-exclusive US region,
// every refusal typed and harmless, and the seed's "Apply Promotion on Cart Items and Shipping".

type Totals = { subtotal: string; discountTotal: string; taxTotal: string; shippingTotal: string; total: string };
type Cart = {
  id: string;
  promotionCodes: string[];
  items: { id: string; adjustments: { code: string | null; amount: string }[] }[];
  shippingMethods: { adjustments: { code: string | null; amount: string }[] }[];
  totals: Totals;
};
type Payload = { cart: Cart | null; userErrors: { field: string[] | null; code: string; message: string }[] };

const CART = `id promotionCodes items { id adjustments { code amount } } shippingMethods { adjustments { code amount } }
  totals { subtotal discountTotal taxTotal shippingTotal total }`;
const CREATE = `mutation($input: CreateCartInput!) { createCart(input: $input) { cart { id } userErrors { code } } }`;
const SHIP = `mutation($input: AddShippingMethodToCartInput!) { addShippingMethodToCart(input: $input) { userErrors { code } } }`;
const APPLY = `mutation($input: ApplyCartPromotionCodesInput!) { applyCartPromotionCodes(input: $input) { cart { ${CART} } userErrors { field code message } } }`;
const REMOVE = `mutation($input: RemoveCartPromotionCodesInput!) { removeCartPromotionCodes(input: $input) { cart { ${CART} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateCartInput!) { updateCart(input: $input) { cart { ${CART} } userErrors { code } } }`;
const UPDATE_ITEM = `mutation($input: UpdateCartLineItemInput!) { updateCartLineItem(input: $input) { cart { ${CART} } userErrors { code } } }`;
const READ = `query($id: ID!) { cart(id: $id) { ${CART} } }`;

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let w: CheckoutWorld;
    beforeAll(async () => {
      const c = getContainer();
      w = await seedCheckoutWorld(api, c);
      const day = 86_400_000;
      const [expired, future, small] = await c.resolve("promotion").createCampaignsWithBudget([
        { name: "Past", campaign_identifier: "past", ends_at: new Date(Date.now() - day) },
        { name: "Future", campaign_identifier: "future", starts_at: new Date(Date.now() + day) },
        { name: "Small", campaign_identifier: "small", budget: { type: "spend", limit: "5", currency_code: "eur" } },
      ]);
      const pct = (value: string) => ({
        type: "percentage" as const,
        target_type: "items" as const,
        allocation: "across" as const,
        value,
      });
      await c.resolve("promotion").createPromotionsWithDetails([
        { code: "DRAFT", application_method: pct("10") },
        { code: "OLD", status: "active", campaign_id: expired?.id, application_method: pct("10") },
        { code: "SOON", status: "active", campaign_id: future?.id, application_method: pct("10") },
        { code: "TINY", status: "active", campaign_id: small?.id, application_method: pct("10") },
        {
          code: "VIP",
          status: "active",
          application_method: pct("10"),
          rules: [{ attribute: "customer.groups.id", operator: "in", values: ["cusgroup_vip"] }],
        },
      ]);
    });

    const gql = async (client: TestApi, doc: string, input: Record<string, unknown>) => {
      const res = await client.graphql<Record<string, Payload>, Record<string, unknown>>(doc, { input });
      expect(res.errors).toBeUndefined();
      return Object.values(res.data ?? {})[0] as Payload;
    };
    const cartFor = async (region: "eu" | "us", quantity: number, client: TestApi = w.guest) => {
      const res = await client.graphql<{ createCart: { cart: { id: string } } }, Record<string, unknown>>(CREATE, {
        input: {
          regionId: region === "eu" ? w.eu : w.us,
          shippingAddress: { countryCode: region === "eu" ? "de" : "us" },
          items: [{ variantId: w.variants.shirtM, quantity }],
        },
      });
      const id = res.data?.createCart.cart.id ?? "";
      const ship = await client.graphql<{ addShippingMethodToCart: Payload }, Record<string, unknown>>(SHIP, {
        input: { cartId: id, optionId: region === "eu" ? w.options.standard : w.options.standardUs },
      });
      expect(ship.data?.addShippingMethodToCart.userErrors).toEqual([]);
      return id;
    };
    const apply = (cartId: string, codes: string[], client: TestApi = w.guest, extra = {}) =>
      gql(client, APPLY, { cartId, codes, ...extra });
    const remove = (cartId: string, codes: string[]) => gql(w.guest, REMOVE, { cartId, codes });
    const read = async (id: string) =>
      (await w.guest.graphql<{ cart: Cart }, { id: string }>(READ, { id })).data?.cart as Cart;

    describe("EU region: prices include 20 % VAT (2 × 120 EUR, Standard shipping 4.90)", () => {
      it("a percentage promotion, then free shipping, then removing the first (hand-computed totals)", async () => {
        const id = await cartFor("eu", 2);
        const updated = recordEvents<{ id: string }>(getContainer().resolve("eventBus"), "cart.updated");
        const pct = await apply(id, ["PCT10"], w.guest, { idempotencyKey: `pct-${id}` });
        expect(pct.userErrors).toEqual([]);
        expect(pct.cart?.promotionCodes).toEqual(["PCT10"]);
        // 10 % of the 240 gross = 24 (20 net): items 216 = 180 + 36 VAT; shipping 4.90 = 4.08 + 0.82
        expect(pct.cart?.items[0]?.adjustments).toEqual([{ code: "PCT10", amount: "24.00" }]);
        expect(pct.cart?.totals).toEqual({
          subtotal: "204.08",
          discountTotal: "20.00",
          taxTotal: "36.82",
          shippingTotal: "4.90",
          total: "220.90",
        });
        expect((updated.received.find((e) => e.id === id) ?? (await updated.next())).id).toBe(id);
        // the same idempotency key: the same answer, nothing applied twice
        const again = await apply(id, ["PCT10"], w.guest, { idempotencyKey: `pct-${id}` });
        expect(again.cart?.totals.total).toBe("220.90");

        const free = await apply(id, ["FREESHIP"]);
        expect(free.cart?.promotionCodes.sort()).toEqual(["FREESHIP", "PCT10"]);
        expect(free.cart?.shippingMethods[0]?.adjustments).toEqual([{ code: "FREESHIP", amount: "4.90" }]);
        // shipping 0: items 216 alone
        expect(free.cart?.totals).toEqual({
          subtotal: "204.08",
          discountTotal: "24.08",
          taxTotal: "36.00",
          shippingTotal: "0.00",
          total: "216.00",
        });

        const removed = await remove(id, ["PCT10"]);
        expect(removed.cart?.promotionCodes).toEqual(["FREESHIP"]);
        expect(removed.cart?.items[0]?.adjustments).toEqual([]);
        expect(removed.cart?.totals).toMatchObject({ discountTotal: "4.08", shippingTotal: "0.00", total: "240.00" });
      });

      it("a fixed promotion takes its amount off the shelf price", async () => {
        const id = await cartFor("eu", 2);
        const { cart } = await apply(id, ["FIXED15"]);
        // 240 − 15 = 225 = 187.50 + 37.50 VAT; + shipping 4.90 (0.82 VAT)
        expect(cart?.totals).toEqual({
          subtotal: "204.08",
          discountTotal: "12.50",
          taxTotal: "38.32",
          shippingTotal: "4.90",
          total: "229.90",
        });
      });

      it("every cart change recomputes the discounts; a code that no longer applies drops off", async () => {
        const id = await cartFor("eu", 2);
        await apply(id, ["PCT10", "FIXED15"]);
        const itemId = (await read(id)).items[0]?.id;
        const one = await gql(w.guest, UPDATE_ITEM, { cartId: id, itemId, quantity: 1 });
        // 10 % of 120 = 12, then 15 off the 108 left: 93 + 4.90 shipping
        expect(one.cart?.items[0]?.adjustments.map((a) => `${a.code} ${a.amount}`).sort()).toEqual([
          "FIXED15 15.00",
          "PCT10 12.00",
        ]);
        expect(one.cart?.totals.total).toBe("97.90");
        // to the US region: FIXED15 is in EUR, it stops applying and leaves the cart
        const moved = await gql(w.guest, UPDATE, { id, regionId: w.us, shippingAddress: { countryCode: "us" } });
        expect(moved.cart?.promotionCodes).toEqual(["PCT10"]);
        expect(moved.cart?.items[0]?.adjustments).toEqual([{ code: "PCT10", amount: "5.00" }]);
      });
    });

    describe("automatic promotions", () => {
      it("one made active applies at a cart's next change, and leaves it once inactive", async () => {
        const id = await cartFor("eu", 2);
        const itemId = (await read(id)).items[0]?.id;
        // a refresh with no automatic promotion: remembered per process until a promotion write
        expect(
          (await gql(w.guest, UPDATE_ITEM, { cartId: id, itemId, quantity: 1 })).cart?.items[0]?.adjustments,
        ).toEqual([]);
        const promotion = getContainer().resolve("promotion");
        const [auto] = await promotion.createPromotionsWithDetails([
          {
            code: "AUTO5",
            status: "active",
            is_automatic: true,
            application_method: { type: "percentage", target_type: "items", allocation: "across", value: "5" },
          },
        ]);
        try {
          const on = await gql(w.guest, UPDATE_ITEM, { cartId: id, itemId, quantity: 2 });
          expect(on.cart?.items[0]?.adjustments).toEqual([{ code: "AUTO5", amount: "12.00" }]);
        } finally {
          await promotion.updatePromotionWithDetails({ id: auto?.id ?? "", status: "inactive" });
        }
        const off = await gql(w.guest, UPDATE_ITEM, { cartId: id, itemId, quantity: 1 });
        expect(off.cart?.items[0]?.adjustments).toEqual([]);
      });
    });

    describe("US region: 5 % tax on top (3 × 50 USD, Standard US shipping 5.90)", () => {
      it("a percentage promotion and free shipping (hand-computed totals)", async () => {
        const id = await cartFor("us", 3);
        const { cart } = await apply(id, ["PCT10"]);
        // items 150 − 15 = 135 + 6.75 tax; shipping 5.90 + 0.30 tax
        expect(cart?.totals).toEqual({
          subtotal: "155.90",
          discountTotal: "15.00",
          taxTotal: "7.05",
          shippingTotal: "6.20",
          total: "147.95",
        });
        const free = await apply(id, ["FREESHIP"]);
        expect(free.cart?.totals).toEqual({
          subtotal: "155.90",
          discountTotal: "20.90",
          taxTotal: "6.75",
          shippingTotal: "0.00",
          total: "141.75",
        });
      });

      it("a fixed promotion in the cart's currency", async () => {
        const id = await cartFor("us", 3);
        const { cart } = await apply(id, ["USD20"]);
        // 150 − 20 = 130 + 6.50 tax; + 6.20 shipping
        expect(cart?.totals).toMatchObject({ discountTotal: "20.00", taxTotal: "6.80", total: "142.70" });
      });
    });

    describe("a code that cannot apply is a typed userError and writes nothing", () => {
      const refusals: [string, string[], string][] = [
        ["an unknown code", ["NOPE"], "PROMOTION_CODE_UNKNOWN"],
        ["a draft promotion", ["DRAFT"], "PROMOTION_CODE_UNKNOWN"],
        ["an expired campaign", ["OLD"], "PROMOTION_CODE_EXPIRED"],
        ["a campaign not started", ["SOON"], "PROMOTION_CODE_NOT_STARTED"],
        ["rules the cart does not meet", ["VIP"], "PROMOTION_RULES_NOT_MET"],
        ["a budget that cannot cover it (5 EUR for 24)", ["TINY"], "PROMOTION_BUDGET_EXCEEDED"],
        ["a fixed amount in another currency", ["USD20"], "PROMOTION_NOT_APPLICABLE"],
        ["a good code beside a bad one", ["PCT10", "NOPE"], "PROMOTION_CODE_UNKNOWN"],
      ];
      it.each(refusals)("%s", async (_name, codes, code) => {
        const id = await cartFor("eu", 2);
        await apply(id, ["FREESHIP"]);
        const before = await read(id);
        const { cart, userErrors } = await apply(id, codes);
        expect(cart).toBeNull();
        expect(userErrors).toMatchObject([{ code, field: ["input", "codes"] }]);
        expect(await read(id)).toEqual(before);
      });

      it("a failure later in the refresh puts the codes and discounts back", async () => {
        const id = await cartFor("eu", 2);
        await apply(id, ["FREESHIP"]);
        const before = await read(id);
        const failing = id;
        refreshCartWorkflow.hooks.refreshAdjustments(({ cart_id }) => {
          if (cart_id === failing) throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Refused");
        });
        const { userErrors } = await apply(id, ["PCT10"]);
        expect(userErrors).toMatchObject([{ code: "NOT_ALLOWED" }]);
        expect(await read(id)).toEqual(before);
        const removal = await remove(id, ["FREESHIP"]);
        expect(removal.userErrors).toMatchObject([{ code: "NOT_ALLOWED" }]);
        expect(await read(id)).toEqual(before);
      });
    });

    describe("access", () => {
      it("another customer, or a key of another channel, gets NOT_FOUND and changes nothing", async () => {
        const anns = await cartFor("eu", 1, w.ann);
        const guests = await cartFor("eu", 1);
        for (const [client, id] of [
          [w.bob, anns],
          [w.guest, anns],
          [w.otherChannel, guests],
        ] as const) {
          for (const doc of [APPLY, REMOVE]) {
            const res = await client.graphql(doc, { input: { cartId: id, codes: ["PCT10"] } });
            expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
          }
        }
        const link = (await import("../src/links/cart-promotion.ts")).default;
        expect(
          await getContainer()
            .resolve("link")
            .list(link, { cart_id: [anns, guests] }),
        ).toEqual([]);
        expect((await apply(anns, ["PCT10"], w.ann)).userErrors).toEqual([]);
      });
    });

    describe("reading a cart", () => {
      // Carts written through the services: N lines with a coded adjustment and a tax line, a
      // shipping method with one, and two linked promotions.
      const cartWith = async (lines: number) => {
        const c = getContainer();
        const service = c.resolve("cart");
        const cart = await service.createCartWithAddresses({
          currency_code: "eur",
          sales_channel_id: w.channelA,
          shipping_address: { country_code: "de" },
        });
        const items = await service.addLineItems(
          cart.id,
          Array.from({ length: lines }, (_, i) => ({
            title: `Line ${i}`,
            quantity: 1,
            unit_price: "19.99",
            is_tax_inclusive: true,
          })),
        );
        const [method] = await service.addShippingMethods(cart.id, [{ name: "Post", amount: "4.9" }]);
        await service.setLineItemAdjustments(
          cart.id,
          items.map((i) => ({ item_id: i.id, amount: "1", code: "PCT10" })),
        );
        await service.setShippingMethodAdjustments(cart.id, [
          { shipping_method_id: method?.id ?? "", amount: "4.9", code: "FREESHIP" },
        ]);
        await service.setLineItemTaxLines(
          cart.id,
          items.map((i) => ({ item_id: i.id, rate: "20", code: "VAT" })),
        );
        const promotions = await c.resolve("promotion").listPromotions({ code: ["PCT10", "FREESHIP"] });
        await c
          .resolve("link")
          .create(promotions.map((p) => ({ cart: { cart_id: cart.id }, promotion: { promotion_id: p.id } })));
        return cart.id;
      };

      it("costs the same SQL statements with 3 and with 30 items, codes and discounts included", async () => {
        const db = getContainer().resolve("db");
        const statements = async (lines: number) => {
          const id = await cartWith(lines);
          // Warm the per-process caches (region, price preferences): a cold read costs one statement more.
          await read(id);
          db.resetQueryCount();
          const cart = await read(id);
          expect(cart.items).toHaveLength(lines);
          expect(cart.promotionCodes.sort()).toEqual(["FREESHIP", "PCT10"]);
          return db.queryCount();
        };
        const three = await statements(3);
        const thirty = await statements(30);
        expect(thirty).toBe(three);
      });
    });

    describe("the seed's Apply Promotion on Cart Items and Shipping, on the cart module", () => {
      it("runs as written, imports aside", async () => {
        const c = getContainer();
        const cartModuleService = c.resolve("cart");
        const promotionModuleService = c.resolve("promotion");
        // The seed's cart_123 and promo_123: a cart whose lines carry an adjustment (the seed reads
        // only lines that have one), and a promotion with that code.
        await promotionModuleService.createPromotionsWithDetails([
          {
            code: "promo_123",
            status: "active",
            application_method: { type: "percentage", target_type: "items", allocation: "across", value: "10" },
          },
        ]);
        const created = await cartModuleService.createCartWithAddresses({ currency_code: "eur" });
        const [shirt] = await cartModuleService.addLineItems(created.id, [
          { title: "Shirt", quantity: 2, unit_price: "12.25" },
        ]);
        const [post] = await cartModuleService.addShippingMethods(created.id, [{ name: "Post", amount: "4.99" }]);
        await cartModuleService.setLineItemAdjustments(created.id, [
          { item_id: shirt?.id ?? "", amount: "1", code: "promo_123" },
        ]);
        await cartModuleService.setShippingMethodAdjustments(created.id, [
          { shipping_method_id: post?.id ?? "", amount: "4.99", code: "OLDSHIP" },
        ]);

        // --- the seed, as written from here (its `cart_123` is this cart; `?.` because a
        // relation is optional in our row types, as in test/cart-tax-lines-seed.spec.ts) ---
        // retrieve the cart
        const cart = await cartModuleService.retrieveCart(created.id, {
          relations: ["items.adjustments", "shipping_methods.adjustments"],
        });

        // retrieve line item adjustments
        const lineItemAdjustments: ComputeActionItemLine[] = [];
        cart.items?.forEach((item) => {
          const filteredAdjustments = item.adjustments?.filter(
            (adjustment) => adjustment.code !== undefined,
          ) as unknown as ComputeActionAdjustmentLine[];
          if (filteredAdjustments.length) {
            lineItemAdjustments.push({
              ...item,
              adjustments: filteredAdjustments,
            });
          }
        });

        // retrieve shipping method adjustments
        const shippingMethodAdjustments: ComputeActionShippingLine[] = [];
        cart.shipping_methods?.forEach((shippingMethod) => {
          const filteredAdjustments = shippingMethod.adjustments?.filter(
            (adjustment) => adjustment.code !== undefined,
          ) as unknown as ComputeActionAdjustmentLine[];
          if (filteredAdjustments.length) {
            shippingMethodAdjustments.push({
              ...shippingMethod,
              adjustments: filteredAdjustments,
            });
          }
        });

        // compute actions
        const actions = await promotionModuleService.computeActions(["promo_123"], {
          items: lineItemAdjustments,
          shipping_methods: shippingMethodAdjustments,
        });

        // set the adjustments on the line item
        await cartModuleService.setLineItemAdjustments(
          cart.id,
          actions.filter((action) => action.action === "addItemAdjustment") as AddItemAdjustmentAction[],
        );

        // set the adjustments on the shipping method
        await cartModuleService.setShippingMethodAdjustments(
          cart.id,
          actions.filter((action) => action.action === "addShippingMethodAdjustment") as AddShippingMethodAdjustment[],
        );
        // --- end of the seed ---

        // 10 % of 2 × 12.25 = 2.45 on the shirt; OLDSHIP was not asked for again: its adjustment goes.
        const after = await cartModuleService.retrieveCart(created.id, {
          relations: ["items.adjustments", "shipping_methods.adjustments"],
        });
        expect(after.items?.[0]?.adjustments?.map((a) => [a.code, a.amount.toFixed(2)])).toEqual([
          ["promo_123", "2.45"],
        ]);
        expect(after.shipping_methods?.[0]?.adjustments).toEqual([]);
      });
    });
  },
});
