import { beforeAll, describe, expect, it } from "vitest";
import { recordEvents } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { type CartWorld, seedCartWorld } from "./fixtures/cart-world.ts";
import { checkoutConfig, setStock } from "./fixtures/checkout.ts";
import { placeOrder } from "./fixtures/placed-order.ts";

// Order edits through GraphQL (admin): begin, add / change / remove items with a preview of the
// new totals that leaves the order alone, confirm (items, reservations and totals change) or
// cancel; every refusal typed and harmless. Orders: 2 × shirt M at 120 EUR (20 % VAT included)
// + 4.90 shipping = 244.90.

type UserErrors = { field: string[] | null; code: string; message: string }[];
type Edit = {
  id: string;
  status: string;
  items: {
    id: string;
    variantId: string | null;
    quantity: number;
    originalQuantity: number;
    change: string;
    unitPrice: string;
  }[];
  totals: { taxTotal: string; total: string };
  totalDifference: string;
};
const EDIT = `id status items { id variantId quantity originalQuantity change unitPrice } totals { taxTotal total } totalDifference`;
const ORDER = `id items { id variantId quantity } totals { taxTotal total }`;
type Order = {
  id: string;
  items: { id: string; variantId: string; quantity: number }[];
  totals: { taxTotal: string; total: string };
};

integrationTestRunner({
  config: checkoutConfig,
  testSuite: ({ api, getContainer }) => {
    let w: CartWorld;
    const c = () => getContainer();
    beforeAll(async () => {
      w = await seedCartWorld(api, c());
      await setStock(c(), "SHIRT-M", 1000);
    });

    const run = async <T>(field: string, input: Record<string, unknown>, fields: string, client = api) => {
      const type = field[0]?.toUpperCase() + field.slice(1);
      const res = await client.graphql<Record<string, T & { userErrors: UserErrors }>, Record<string, unknown>>(
        `mutation($input: ${type}Input!) { ${field}(input: $input) { ${fields} userErrors { field code message } } }`,
        { input },
      );
      if (!res.data) return { errors: res.errors, payload: undefined };
      return { errors: res.errors, payload: res.data[field] };
    };
    const edit = (field: string, input: Record<string, unknown>) =>
      run<{ orderEdit: Edit | null }>(field, input, `orderEdit { ${EDIT} }`).then((r) => r.payload);
    const begin = async (orderId: string) => {
      const p = await edit("beginOrderEdit", { orderId });
      if (!p?.orderEdit) throw new Error(JSON.stringify(p?.userErrors));
      return p.orderEdit;
    };
    const readOrder = async (id: string) =>
      (await api.graphql<{ order: Order }, { id: string }>(`query($id: ID!) { order(id: $id) { ${ORDER} } }`, { id }))
        .data?.order;
    const reserved = async (orderId: string) => {
      const items = await c().resolve("order").listLineItems({ order_id: orderId });
      const rows = await c()
        .resolve("inventory")
        .listReservationItems({ line_item_id: items.map((i) => i.id) });
      return Object.fromEntries(
        items.map((i) => [
          i.variant_sku,
          rows.filter((r) => r.line_item_id === i.id).reduce((n, r) => n + r.quantity, 0),
        ]),
      );
    };

    const lReserved = async () => {
      const inventory = c().resolve("inventory");
      const [item] = await inventory.listInventoryItems({ sku: "SHIRT-L" });
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: item?.id ?? "" });
      return level?.reserved_quantity ?? 0;
    };

    it("previews added and changed items without touching the order, then confirms them", async () => {
      await setStock(c(), "SHIRT-L", 5);
      const orderId = await placeOrder(w, c());
      const { id } = await begin(orderId);
      const added = await edit("orderEditAddItems", {
        changeId: id,
        items: [{ variantId: w.variants.shirtL, quantity: 1 }],
      });
      expect(added?.userErrors).toEqual([]);
      // + 1 × 120 incl. VAT: 364.90, VAT 60.82 (20 + 20 + 20 + 0.82 on shipping).
      expect(added?.orderEdit?.totals).toEqual({ taxTotal: "60.82", total: "364.90" });
      const m = added?.orderEdit?.items.find((i) => i.variantId === w.variants.shirtM);
      const updated = await edit("orderEditUpdateItem", { changeId: id, itemId: m?.id, quantity: 3 });
      expect(updated?.orderEdit?.items.map((i) => [i.quantity, i.originalQuantity, i.change, i.unitPrice])).toEqual([
        [3, 2, "updated", "120.00"],
        [1, 0, "added", "120.00"],
      ]);
      expect(updated?.orderEdit).toMatchObject({ totalDifference: "240.00", totals: { total: "484.90" } });
      // The order is as it was until confirmed.
      expect((await readOrder(orderId))?.totals.total).toBe("244.90");
      expect(await reserved(orderId)).toEqual({ "SHIRT-M": 2 });

      const bus = c().resolve("eventBus");
      const confirmedEvent = recordEvents<{ id: string; order_id: string }>(bus, "order-edit.confirmed").next();
      const updatedEvent = recordEvents<{ id: string }>(bus, "order.updated").next();
      const confirmed = await run<{ order: Order | null }>("confirmOrderEdit", { changeId: id }, `order { ${ORDER} }`);
      expect(confirmed.payload?.userErrors).toEqual([]);
      expect(confirmed.payload?.order?.totals).toEqual({ taxTotal: "80.82", total: "484.90" });
      expect((await c().resolve("order").retrieveOrder(orderId)).version).toBe(2);
      expect(confirmed.payload?.order?.items.map((i) => [i.variantId, i.quantity])).toEqual([
        [w.variants.shirtM, 3],
        [w.variants.shirtL, 1],
      ]);
      expect(await reserved(orderId)).toEqual({ "SHIRT-M": 3, "SHIRT-L": 1 });
      expect(await confirmedEvent).toEqual({ id, order_id: orderId });
      expect(await updatedEvent).toEqual({ id: orderId });
      const [change] = await c()
        .resolve("order")
        .listOrderChanges({ id }, { relations: ["actions"] });
      expect(change?.status).toBe("confirmed");
      expect(change?.actions?.map((a) => [a.action, a.amount?.toFixed(2), a.applied])).toEqual([
        ["ITEM_ADD", "120.00", true],
        ["ITEM_UPDATE", "120.00", true],
      ]);
    });

    it("removes an item: its reservation goes and the total drops", async () => {
      await setStock(c(), "SHIRT-L", 5);
      const orderId = await placeOrder(w, c(), {
        items: [
          { variantId: w.variants.shirtM, quantity: 2 },
          { variantId: w.variants.shirtL, quantity: 1 },
        ],
      });
      expect(await reserved(orderId)).toEqual({ "SHIRT-M": 2, "SHIRT-L": 1 });
      const { id, items } = await begin(orderId);
      const l = items.find((i) => i.variantId === w.variants.shirtL);
      const removed = await edit("orderEditRemoveItem", { changeId: id, itemId: l?.id });
      expect(removed?.orderEdit).toMatchObject({ totalDifference: "-120.00", totals: { total: "244.90" } });
      const confirmed = await run<{ order: Order | null }>("confirmOrderEdit", { changeId: id }, `order { ${ORDER} }`);
      expect(confirmed.payload?.order?.items.map((i) => i.variantId)).toEqual([w.variants.shirtM]);
      expect(confirmed.payload?.order?.totals.total).toBe("244.90");
      expect(await reserved(orderId)).toEqual({ "SHIRT-M": 2 });
    });

    describe("refusals are typed and change nothing", () => {
      it("a variant the order's channel does not sell, or more than its stock", async () => {
        await setStock(c(), "SHIRT-L", (await lReserved()) + 1);
        const { id } = await begin(await placeOrder(w, c()));
        const mug = await edit("orderEditAddItems", {
          changeId: id,
          items: [{ variantId: w.variants.mug, quantity: 1 }],
        });
        expect(mug?.userErrors).toMatchObject([{ code: "INVALID_DATA" }]);
        const many = await edit("orderEditAddItems", {
          changeId: id,
          items: [{ variantId: w.variants.shirtL, quantity: 2 }],
        });
        expect(many?.userErrors).toMatchObject([{ code: "NOT_ALLOWED", field: ["input", "items"] }]);
        expect(await c().resolve("order").listOrderChangeActions({ order_change_id: id })).toEqual([]);
      });

      it("a quantity below what was fulfilled is QUANTITY_BELOW_FULFILLED", async () => {
        const orderId = await placeOrder(w, c());
        const [item] = await c().resolve("order").listLineItems({ order_id: orderId });
        await c()
          .resolve("order")
          .updateLineItems({ id: item?.id ?? "", fulfilled_quantity: 2 });
        const { id } = await begin(orderId);
        const lower = await edit("orderEditUpdateItem", { changeId: id, itemId: item?.id, quantity: 1 });
        expect(lower?.userErrors).toMatchObject([{ code: "QUANTITY_BELOW_FULFILLED", field: ["input", "quantity"] }]);
        const remove = await edit("orderEditRemoveItem", { changeId: id, itemId: item?.id });
        expect(remove?.userErrors).toMatchObject([{ code: "QUANTITY_BELOW_FULFILLED" }]);
        expect(await c().resolve("order").listOrderChangeActions({ order_change_id: id })).toEqual([]);
      });

      it("a confirmation that finds the stock gone writes nothing and leaves the edit pending", async () => {
        await setStock(c(), "SHIRT-L", (await lReserved()) + 1);
        const orderId = await placeOrder(w, c());
        const { id } = await begin(orderId);
        await edit("orderEditAddItems", { changeId: id, items: [{ variantId: w.variants.shirtL, quantity: 1 }] });
        // Another shopper takes the last one meanwhile.
        await placeOrder(w, c(), { items: [{ variantId: w.variants.shirtL, quantity: 1 }] });
        const confirmed = await run<{ order: Order | null }>(
          "confirmOrderEdit",
          { changeId: id },
          `order { ${ORDER} }`,
        );
        expect(confirmed.payload?.userErrors).toMatchObject([{ code: "INSUFFICIENT_INVENTORY" }]);
        const order = await readOrder(orderId);
        expect(order?.items.map((i) => [i.variantId, i.quantity])).toEqual([[w.variants.shirtM, 2]]);
        expect((await c().resolve("order").retrieveOrder(orderId)).version).toBe(1);
        expect(await reserved(orderId)).toEqual({ "SHIRT-M": 2 });
        expect((await c().resolve("order").retrieveOrderChange(id)).status).toBe("pending");
      });

      it("one active edit per order; a canceled edit takes no more actions; a canceled order none at all", async () => {
        const orderId = await placeOrder(w, c());
        const { id } = await begin(orderId);
        expect((await edit("beginOrderEdit", { orderId }))?.userErrors).toMatchObject([{ code: "NOT_ALLOWED" }]);
        const canceledEvent = recordEvents<{ id: string }>(c().resolve("eventBus"), "order-edit.canceled").next();
        const canceled = await edit("cancelOrderEdit", { changeId: id });
        expect(canceled?.orderEdit?.status).toBe("canceled");
        expect((await canceledEvent).id).toBe(id);
        const late = await edit("orderEditAddItems", {
          changeId: id,
          items: [{ variantId: w.variants.shirtM, quantity: 1 }],
        });
        expect(late?.userErrors).toMatchObject([{ code: "NOT_ALLOWED", field: ["input", "changeId"] }]);
        await c().resolve("order").updateOrders({ id: orderId, status: "canceled" });
        expect((await edit("beginOrderEdit", { orderId }))?.userErrors).toMatchObject([{ code: "ORDER_CANCELED" }]);
        expect((await readOrder(orderId))?.totals.total).toBe("244.90");
      });

      it("storefronts cannot edit orders", async () => {
        const orderId = await placeOrder(w, c());
        const res = await run("beginOrderEdit", { orderId }, "orderEdit { id }", w.guest);
        expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      });
    });
  },
});
