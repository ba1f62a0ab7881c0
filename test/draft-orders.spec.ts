import { beforeAll, describe, expect, it } from "vitest";
import { recordEvents } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { type CheckoutWorld, seedCheckoutWorld } from "./fixtures/checkout-world.ts";
import { checkoutConfig, setStock } from "./fixtures/checkout.ts";

// Draft orders through GraphQL (admin): created priced and taxed with a shipping method, invisible
// to storefronts, edited with the order-edit mutations (no stock held), converted into a placed
// order (reservations, order.placed); refusals typed and harmless.

type UserErrors = { field: string[] | null; code: string; message: string }[];
type Order = {
  id: string;
  status: string;
  email: string | null;
  items: { id: string; variantId: string; quantity: number; unitPrice: string }[];
  shippingMethods: { name: string; amount: string }[];
  totals: { taxTotal: string; shippingTotal: string; total: string };
};
const ORDER = `id status email items { id variantId quantity unitPrice } shippingMethods { name amount }
  totals { taxTotal shippingTotal total }`;

integrationTestRunner({
  config: checkoutConfig,
  testSuite: ({ api, getContainer }) => {
    let w: CheckoutWorld;
    const c = () => getContainer();
    beforeAll(async () => {
      w = await seedCheckoutWorld(api, c());
      await setStock(c(), "SHIRT-M", 1000);
    });
    const mutate = async (field: string, input: Record<string, unknown>, fields = `order { ${ORDER} }`) => {
      const type = field[0]?.toUpperCase() + field.slice(1);
      const res = await api.graphql<Record<string, { order?: Order; userErrors: UserErrors }>, Record<string, unknown>>(
        `mutation($input: ${type}Input!) { ${field}(input: $input) { ${fields} userErrors { field code message } } }`,
        { input },
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data[field];
    };
    const draft = (extra: Record<string, unknown> = {}) =>
      mutate("createDraftOrder", {
        regionId: w.eu,
        salesChannelId: w.channelA,
        email: "phone.order@example.com",
        shippingAddress: { countryCode: "de", city: "Berlin" },
        items: [{ variantId: w.variants.shirtM, quantity: 2 }],
        shippingOptionId: w.options.standard,
        ...extra,
      });
    const reservedFor = async (orderId: string) => {
      const items = await c().resolve("order").listLineItems({ order_id: orderId });
      const rows = await c()
        .resolve("inventory")
        .listReservationItems({ line_item_id: items.map((i) => i.id) });
      return rows.reduce((n, r) => n + r.quantity, 0);
    };

    it("creates a priced draft, edits it without holding stock, and converts it into a placed order", async () => {
      const created = await draft();
      expect(created?.userErrors).toEqual([]);
      const order = created?.order;
      // 2 × 120 incl. 20 % VAT + Standard 4.90: 244.90, VAT 40.82.
      expect(order).toMatchObject({
        status: "draft",
        email: "phone.order@example.com",
        shippingMethods: [{ name: "Standard", amount: "4.90" }],
        totals: { taxTotal: "40.82", shippingTotal: "4.90", total: "244.90" },
      });
      const id = order?.id ?? "";
      expect(await reservedFor(id)).toBe(0);
      // A storefront of the draft's channel does not see it (an order it placed, it would).
      const seen = await w.guest.graphql<{ order: unknown }, { id: string }>(
        "query($id: ID!) { order(id: $id) { id } }",
        {
          id,
        },
      );
      expect(seen.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      // Nor does the admin order list (drafts are not orders yet); converted, it is listed.
      const listed = async () => {
        const res = await api.graphql<{ orders: { edges: { node: { id: string } }[] } }, { id: string }>(
          "query($id: ID!) { orders(first: 5, filter: { id: { eq: $id } }) { edges { node { id } } } }",
          { id },
        );
        return res.data?.orders.edges.map((e) => e.node.id);
      };
      expect(await listed()).toEqual([]);

      const edit = await mutate("beginOrderEdit", { orderId: id }, "orderEdit { id }");
      const changeId = (edit as unknown as { orderEdit: { id: string } }).orderEdit.id;
      const item = order?.items[0];
      await mutate("orderEditUpdateItem", { changeId, itemId: item?.id, quantity: 3 }, "orderEdit { id }");
      const confirmed = await mutate("confirmOrderEdit", { changeId });
      expect(confirmed?.order).toMatchObject({ status: "draft", totals: { total: "364.90" } });
      expect(await reservedFor(id)).toBe(0);

      const placed = recordEvents<{ id: string }>(c().resolve("eventBus"), "order.placed").next();
      const converted = await mutate("convertDraftOrder", { orderId: id });
      expect(converted?.userErrors).toEqual([]);
      expect(converted?.order).toMatchObject({ status: "pending", totals: { total: "364.90" } });
      expect(await reservedFor(id)).toBe(3);
      expect(await placed).toEqual({ id });
      // Placed now: the storefront of its channel reads it like a guest's order.
      const read = await w.guest.graphql<{ order: { id: string } }, { id: string }>(
        "query($id: ID!) { order(id: $id) { id } }",
        { id },
      );
      expect(read.data?.order.id).toBe(id);
      expect(await listed()).toEqual([id]);
    });

    it("lists drafts newest first for admins; a converted draft leaves the list for the orders list", async () => {
      const email = "drafts.list@example.com";
      const first = (await draft({ email }))?.order?.id ?? "";
      const second = (await draft({ email }))?.order?.id ?? "";
      const list = async (client = api) => {
        const res = await client.graphql<
          { draftOrders: { totalCount: number; edges: { node: { id: string; status: string } }[] } },
          { email: string }
        >(
          "query($email: String!) { draftOrders(first: 10, filter: { email: { eq: $email } }) { totalCount edges { node { id status } } } }",
          { email },
        );
        return res;
      };
      expect((await list()).data?.draftOrders).toEqual({
        totalCount: 2,
        edges: [{ node: { id: second, status: "draft" } }, { node: { id: first, status: "draft" } }],
      });
      // A storefront key cannot list them.
      expect((await list(w.guest)).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect((await mutate("convertDraftOrder", { orderId: first }))?.userErrors).toEqual([]);
      expect((await list()).data?.draftOrders.edges.map((e) => e.node.id)).toEqual([second]);
    });

    describe("refusals are typed and write nothing", () => {
      const orders = () => c().resolve("order").listOrders({}, { withDeleted: true });
      it("an unsold variant, a shipping option that does not serve the address, no email", async () => {
        const before = (await orders()).length;
        expect((await draft({ items: [{ variantId: w.variants.mug, quantity: 1 }] }))?.userErrors).toMatchObject([
          { code: "INVALID_DATA" },
        ]);
        expect(
          (await draft({ shippingAddress: { countryCode: "us" }, shippingOptionId: w.options.standard }))?.userErrors,
        ).toMatchObject([{ code: "SHIPPING_OPTION_INVALID" }]);
        expect((await draft({ email: null }))?.userErrors).toMatchObject([
          { code: "INVALID_DATA", field: ["input", "email"] },
        ]);
        expect((await orders()).length).toBe(before);
      });

      it("converting an order that is no draft, or a draft without the stock", async () => {
        const created = await draft({ items: [{ variantId: w.variants.shirtL, quantity: 1 }] });
        const id = created?.order?.id ?? "";
        await setStock(c(), "SHIRT-L", 0);
        const refused = await mutate("convertDraftOrder", { orderId: id });
        expect(refused?.userErrors).toMatchObject([{ code: "INSUFFICIENT_INVENTORY" }]);
        const still = await c().resolve("order").retrieveOrder(id);
        expect([still.status, still.is_draft_order]).toEqual(["draft", true]);
        await setStock(c(), "SHIRT-L", 1);
        expect((await mutate("convertDraftOrder", { orderId: id }))?.userErrors).toEqual([]);
        expect((await mutate("convertDraftOrder", { orderId: id }))?.userErrors).toMatchObject([
          { code: "NOT_ALLOWED", field: ["input", "orderId"] },
        ]);
      });
    });
  },
});
