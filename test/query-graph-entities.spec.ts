import { beforeAll, describe, expect, it } from "vitest";
import { ContainerRegistrationKeys } from "../src/framework/container/keys.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { Modules } from "../src/modules/index.ts";

// Models whose modules declare a GraphQL type but no root list (a cart, its line items) are still
// query.graph entities, with their link fields, as Medusa's query reads any data model.
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const query = () => getContainer().createScope().resolve(ContainerRegistrationKeys.QUERY);
    const ids = { cart: "", other: "", promotion: "", collection: "", order: "" };

    beforeAll(async () => {
      const c = getContainer();
      const carts = c.resolve(Modules.CART);
      const [cart, other] = await carts.createCarts([
        { currency_code: "eur", email: "graph@example.com" },
        { currency_code: "usd", email: "other@example.com" },
      ]);
      ids.cart = String(cart?.id);
      ids.other = String(other?.id);
      await carts.createLineItems([
        { cart_id: ids.cart, title: "Shirt", quantity: 2, unit_price: 120 },
        { cart_id: ids.cart, title: "Cap", quantity: 1, unit_price: 30 },
        { cart_id: ids.other, title: "Socks", quantity: 5, unit_price: 4 },
      ]);
      const [promotion] = await c.resolve(Modules.PROMOTION).createPromotions([{ code: "GRAPH10" }]);
      ids.promotion = String(promotion?.id);
      const collection = await c
        .resolve(Modules.PAYMENT)
        .createPaymentCollections({ currency_code: "eur", amount: 270 });
      ids.collection = collection.id;
      const [order] = await c
        .resolve(Modules.ORDER)
        .createOrders([{ currency_code: "eur", email: "graph@example.com" }]);
      ids.order = String(order?.id);
      const link = c.resolve(ContainerRegistrationKeys.LINK);
      await link.create([
        { [Modules.CART]: { cart_id: ids.cart }, [Modules.PROMOTION]: { promotion_id: ids.promotion } },
        { [Modules.CART]: { cart_id: ids.cart }, [Modules.PAYMENT]: { payment_collection_id: ids.collection } },
        { [Modules.ORDER]: { order_id: ids.order }, [Modules.CART]: { cart_id: ids.cart } },
      ]);
    });

    describe("a cart (no root list in the schema)", () => {
      it("is read with its items and linked promotions, payment collection and order", async () => {
        const { data, metadata } = await query().graph({
          entity: "cart",
          fields: [
            "id",
            "email",
            "items.title",
            "items.quantity",
            "promotions.code",
            "payment_collection.*",
            "order.id",
          ],
          filters: { id: ids.cart },
        });
        expect(metadata.count).toBe(1);
        expect(data).toEqual([
          {
            id: ids.cart,
            email: "graph@example.com",
            items: expect.arrayContaining([
              expect.objectContaining({ title: "Shirt", quantity: 2 }),
              expect.objectContaining({ title: "Cap", quantity: 1 }),
            ]),
            promotions: [expect.objectContaining({ code: "GRAPH10" })],
            payment_collection: expect.objectContaining({ id: ids.collection, currency_code: "eur" }),
            order: { id: ids.order },
          },
        ]);
      });

      it("filters on columns and through links, orders, pages and counts", async () => {
        const byEmail = await query().graph({
          entity: "cart",
          fields: ["id"],
          filters: { email: { $like: "%@example.com" } },
          pagination: { order: { email: "DESC" } },
        });
        expect(byEmail.data.map((c) => c.id)).toEqual([ids.other, ids.cart]);
        const byPromotion = await query().graph({
          entity: "cart",
          fields: ["id"],
          filters: { promotions: { code: "GRAPH10" } },
        });
        expect(byPromotion.data.map((c) => c.id)).toEqual([ids.cart]);
        const paged = await query().graph({
          entity: "cart",
          fields: ["id"],
          filters: { q: "example" },
          pagination: { order: { email: "ASC" }, skip: 1, take: 1 },
        });
        expect(paged.metadata.count).toBe(2);
        expect(paged.data.map((c) => c.id)).toEqual([ids.other]);
      });

      it("is reached from the other side of its links", async () => {
        const { data } = await query().graph({
          entity: "order",
          fields: ["id", "cart.email", "cart.items.title"],
          filters: { id: ids.order },
        });
        expect(data[0]?.cart).toEqual(expect.objectContaining({ email: "graph@example.com" }));
      });
    });

    describe("entity names", () => {
      it("names a module's model by its model name; a singular two modules share is ambiguous", async () => {
        const { data } = await query().graph({
          entity: "cart_line_item",
          fields: ["title", "quantity"],
          filters: { cart_id: ids.cart },
          pagination: { order: { title: "ASC" } },
        });
        expect(data).toEqual([
          { id: expect.any(String), title: "Cap", quantity: 1 },
          { id: expect.any(String), title: "Shirt", quantity: 2 },
        ]);
        await expect(query().graph({ entity: "line_item" })).rejects.toMatchObject({
          type: "invalid_data",
          message: expect.stringContaining("cart_line_item, order_line_item"),
        });
      });

      it("reads a model kept out of the client schema but open to server code (fulfillment providers)", async () => {
        const { data, metadata } = await query().graph({
          entity: "fulfillment_provider",
          fields: ["id", "is_enabled"],
          filters: { id: "manual_manual" },
        });
        expect(metadata.count).toBe(1);
        expect(data).toEqual([{ id: "manual_manual", is_enabled: true }]);
        // Clients, admins included, see no such type.
        const res = await api.graphql<{ __type: unknown }, Record<string, never>>(
          `{ __type(name: "FulfillmentProvider") { name } }`,
        );
        expect(res.data?.__type).toBeNull();
      });

      it("refuses a model kept out of GraphQL and an unknown order column with INVALID_DATA", async () => {
        await expect(query().graph({ entity: "auth_identity" })).rejects.toMatchObject({ type: "invalid_data" });
        await expect(query().graph({ entity: "cart", pagination: { order: { nope: "ASC" } } })).rejects.toMatchObject({
          type: "invalid_data",
          message: expect.stringContaining("nope"),
        });
      });
    });
  },
});
