import { beforeAll, describe, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { type CartWorld, seedCartWorld } from "./fixtures/cart-world.ts";
import { checkoutConfig, setStock } from "./fixtures/checkout.ts";
import { orderMutation, placeOrder } from "./fixtures/orders.ts";

type Page = { totalCount: number; edges: { node: { id: string; displayId: number } }[] };

integrationTestRunner({
  config: checkoutConfig,
  testSuite: ({ api, getContainer }) => {
    let w: CartWorld;
    let guestOrder = "";
    let annFirst = "";
    let annSecond = "";
    beforeAll(async () => {
      w = await seedCartWorld(api, getContainer());
      await setStock(getContainer(), "SHIRT-M", 1000);
      guestOrder = await placeOrder(w, w.guest, getContainer());
      annFirst = await placeOrder(w, w.ann, getContainer());
      annSecond = await placeOrder(w, w.ann, getContainer());
    });
    const c = () => getContainer();

    describe("a customer's and a guest's orders on the storefront", () => {
      it("lists the customer's own orders newest first, and none of another's", async () => {
        const query =
          "{ currentCustomer { orders(first: 10) { totalCount edges { node { id paymentStatus summary { total } } } } } }";
        const ann = await w.ann.graphql<{ currentCustomer: { orders: Page } }, Record<string, never>>(query, {});
        expect(ann.errors).toBeUndefined();
        expect(ann.data?.currentCustomer.orders.edges.map((e) => e.node.id)).toEqual([annSecond, annFirst]);
        expect(ann.data?.currentCustomer.orders.edges[0]?.node).toMatchObject({
          paymentStatus: "AUTHORIZED",
          summary: { total: "244.90" },
        });
        const bob = await w.bob.graphql<{ currentCustomer: { orders: Page } }, Record<string, never>>(query, {});
        expect(bob.data?.currentCustomer.orders).toMatchObject({ totalCount: 0, edges: [] });
      });

      it("answers another customer's order as NOT_FOUND, exactly like an unknown id", async () => {
        const read = (id: string) =>
          w.bob.graphql<{ order: unknown }, { id: string }>("query($id: ID!) { order(id: $id) { id } }", { id });
        const other = await read(annFirst);
        const unknown = await read("order_00000000000000000000000000");
        expect(other.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
        expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
      });

      it("finds a guest's order by id and email (any case), and a wrong email is NOT_FOUND like an unknown id", async () => {
        const lookup = (id: string, email: string) =>
          w.guest.graphql<
            { guestOrder: { id: string; fulfillmentStatus: string } | null },
            { id: string; email: string }
          >("query($id: ID!, $email: String!) { guestOrder(id: $id, email: $email) { id fulfillmentStatus } }", {
            id,
            email,
          });
        expect((await lookup(guestOrder, " Shopper@Example.com")).data?.guestOrder).toEqual({
          id: guestOrder,
          fulfillmentStatus: "NOT_FULFILLED",
        });
        const wrong = await lookup(guestOrder, "someone@example.com");
        const unknown = await lookup("order_00000000000000000000000000", "shopper@example.com");
        const pattern = await lookup(guestOrder, "%");
        for (const res of [wrong, unknown, pattern])
          expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
        expect(wrong.errors?.[0]?.message).toBe(`Order with id: ${guestOrder} was not found`);
        // A customer's order is theirs to read when logged in, not by email.
        expect((await lookup(annFirst, "shopper@example.com")).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
        // Another channel's key does not find it either.
        const other = await w.otherChannel.graphql(
          "query($id: ID!, $email: String!) { guestOrder(id: $id, email: $email) { id } }",
          { id: guestOrder, email: "shopper@example.com" },
        );
        expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      });

      it("shows a customer the status, items and summary, not the change history, transactions or payments", async () => {
        await orderMutation(api, "captureOrderPayment", { orderId: annFirst, amount: "10" });
        const res = await w.ann.graphql<{ order: Record<string, unknown> }, { id: string }>(
          "query($id: ID!) { order(id: $id) { status paymentStatus summary { paidTotal } changes { id } transactions { id } payments { id } } }",
          { id: annFirst },
        );
        expect(res.data?.order).toMatchObject({
          status: "pending",
          paymentStatus: "PARTIALLY_CAPTURED",
          summary: { paidTotal: "10.00" },
        });
        expect(res.errors?.map((e) => [e.extensions?.code, e.path?.at(-1)]).sort()).toEqual([
          ["FORBIDDEN", "changes"],
          ["FORBIDDEN", "payments"],
          ["FORBIDDEN", "transactions"],
        ]);
      });
    });

    describe("the admin order list", () => {
      const list = async (args: string) => {
        const res = await api.graphql<{ orders: Page }, Record<string, never>>(
          `{ orders(first: 50${args}) { totalCount edges { node { id displayId } } } }`,
          {},
        );
        if (!res.data) throw new Error(JSON.stringify(res.errors));
        return res.data.orders.edges.map((e) => e.node.id);
      };

      it("filters by status, derived statuses, customer, email, channel, dates and display id, searches and sorts", async () => {
        const canceled = await placeOrder(w, w.guest, c());
        await orderMutation(api, "cancelOrder", { orderId: canceled });
        const all = await list("");
        expect(all.slice(0, 4)).toEqual([canceled, annSecond, annFirst, guestOrder]);
        expect(await list(`, filter: { status: { eq: "canceled" } }`)).toEqual([canceled]);
        expect(await list(`, filter: { paymentStatus: { eq: CANCELED } }`)).toEqual([canceled]);
        expect(await list(`, filter: { paymentStatus: { in: [PARTIALLY_CAPTURED] } }`)).toEqual([annFirst]);
        expect(await list(`, filter: { paymentStatus: { eq: AUTHORIZED } }`)).toEqual([annSecond, guestOrder]);
        expect(await list(`, filter: { fulfillmentStatus: { ne: NOT_FULFILLED } }`)).toEqual([canceled]);
        expect(await list(`, filter: { customerId: { eq: "${w.annId}" } }`)).toEqual([annSecond, annFirst]);
        expect(
          await list(`, filter: { or: [{ paymentStatus: { eq: CANCELED } }, { customerId: { eq: "${w.annId}" } }] }`),
        ).toEqual([canceled, annSecond, annFirst]);
        expect(
          await list(`, filter: { salesChannelId: { eq: "${w.channelA}" }, email: { eq: "shopper@example.com" } }`),
        ).toEqual([canceled, annSecond, annFirst, guestOrder]);
        expect(
          await list(`, filter: { createdAt: { gte: "2000-01-01T00:00:00Z", lte: "2001-01-01T00:00:00Z" } }`),
        ).toEqual([]);
        const [ann] = await c().resolve("order").listOrders({ id: annFirst });
        expect(await list(`, filter: { displayId: { eq: ${ann?.display_id} } }`)).toEqual([annFirst]);
        expect(await list(`, search: "#${ann?.display_id}"`)).toEqual([annFirst]);
        expect(await list(`, sort: [{ field: DISPLAY_ID, direction: ASC }]`)).toEqual([...all].reverse());
      });

      it("costs the same SQL statements for a page of 5 and of 50 customers with their orders", async () => {
        const customers = await c()
          .resolve("customer")
          .createCustomers(Array.from({ length: 50 }, (_, i) => ({ email: `with-orders-${i}@example.com` })));
        // Five customers' orders per transaction: one big one could outlast the transaction timeout.
        for (let i = 0; i < customers.length; i += 5)
          await c()
            .resolve("order")
            .createOrdersWithDetails(
              customers.slice(i, i + 5).flatMap((cu) =>
                [0, 1, 2].map((k) => ({
                  currency_code: "eur",
                  email: cu.email,
                  customer_id: cu.id,
                  items: [{ title: `${cu.email} ${k}`, quantity: 1, unit_price: "5" }],
                })),
              ),
            );
        type CustomerOrders = {
          id: string;
          orders: Page & { pageInfo: { endCursor: string | null; hasNextPage: boolean } };
        };
        const page = `query($first: Int!) { customers(first: $first, search: "with-orders-") { edges { node { id
          orders(first: 2) { totalCount pageInfo { endCursor hasNextPage }
            edges { node { id displayId paymentStatus items { id title } summary { total } } } } } } } }`;
        const db = c().resolve("db");
        const read = async (first: number) => {
          db.resetQueryCount();
          const res = await api.graphql<{ customers: { edges: { node: CustomerOrders }[] } }, { first: number }>(page, {
            first,
          });
          expect(res.errors).toBeUndefined();
          return { nodes: res.data?.customers.edges.map((e) => e.node) ?? [], statements: db.queryCount() };
        };
        await read(5); // warms per-process caches
        const five = await read(5);
        const fifty = await read(50);
        expect(fifty.nodes).toHaveLength(50);
        expect(fifty.statements).toBe(five.statements);
        // Each customer sees its own orders, newest first, two of three, with the next page after.
        for (const node of fifty.nodes) {
          const own = await c()
            .resolve("order")
            .listOrders({ customer_id: node.id }, { order: { created_at: "DESC", id: "DESC" } });
          expect(node.orders.totalCount).toBe(3);
          expect(node.orders.edges.map((e) => e.node.id)).toEqual(own.slice(0, 2).map((o) => o.id));
          expect(node.orders.pageInfo.hasNextPage).toBe(true);
        }
        const first = fifty.nodes[0];
        const rest = await api.graphql<{ node: { orders: Page } }, { id: string; after: string }>(
          "query($id: ID!, $after: String!) { node(id: $id) { ... on Customer { orders(first: 2, after: $after) { totalCount edges { node { id } } } } } }",
          { id: first?.id ?? "", after: first?.orders.pageInfo.endCursor ?? "" },
        );
        expect(rest.errors).toBeUndefined();
        expect(rest.data?.node.orders.edges).toHaveLength(1);
      });

      it("costs the same SQL statements for a page of 5 and of 50 orders with items, statuses and summary", async () => {
        const order = c().resolve("order");
        const lines = {
          items: [
            {
              title: "A",
              quantity: 2,
              unit_price: "10",
              tax_lines: [{ rate: "20", code: "VAT" }],
              adjustments: [{ amount: "1" }],
            },
            { title: "B", quantity: 1, unit_price: "5" },
          ],
          shipping_methods: [{ name: "Post", amount: "4" }],
        };
        await order.createOrdersWithDetails(
          Array.from({ length: 50 }, (_, i) => ({ currency_code: "eur", email: `bulk${i}@example.com`, ...lines })),
        );
        const db = c().resolve("db");
        const page = `query($first: Int!) { orders(first: $first, filter: { email: { like: "bulk%" } }) { totalCount edges { node {
          id displayId status paymentStatus fulfillmentStatus summary { total paidTotal pendingDifference }
          items { id title quantity fulfilledQuantity deliveredQuantity adjustments { amount } taxLines { rate } totals { total } }
          shippingMethods { amount } shippingAddress { city } transactions { amount } changes { id actions { action } } payments { id } } } } }`;
        const statements = async (first: number) => {
          db.resetQueryCount();
          const res = await api.graphql<{ orders: Page }, { first: number }>(page, { first });
          expect(res.errors).toBeUndefined();
          expect(res.data?.orders.edges).toHaveLength(first);
          return db.queryCount();
        };
        await statements(5); // warms per-process caches
        expect(await statements(50)).toBe(await statements(5));
      });
    });
  },
});
