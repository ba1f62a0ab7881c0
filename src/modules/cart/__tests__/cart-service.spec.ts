import { expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../../framework/test-utils/runners.ts";
import type CartModuleService from "../service.ts";

moduleIntegrationTestRunner<CartModuleService>({
  moduleName: "cart",
  resolve: "./modules/cart",
  testSuite: ({ service }) => {
    const newCart = async () => {
      const cart = await service.createCartWithAddresses({
        currency_code: "eur",
        shipping_address: { country_code: "de", city: "Berlin" },
      });
      const items = await service.addLineItems(cart.id, [
        { title: "Shirt", quantity: 2, unit_price: "10", product_id: "prod_1", variant_id: "variant_1" },
        { title: "Hat", quantity: 1, unit_price: "5.5", product_id: "prod_2", variant_id: "variant_2" },
      ]);
      const [method] = await service.addShippingMethods(cart.id, [{ name: "Standard", amount: "4.9" }]);
      return { cart, items, method };
    };

    it("retrieveCart loads the relations asked for, nested ones included", async () => {
      const { cart } = await newCart();
      const found = await service.retrieveCart(cart.id, {
        relations: ["items.adjustments", "items.tax_lines", "shipping_methods.tax_lines", "shipping_address"],
      });
      expect(found.items?.map((i) => [i.title, i.quantity, i.unit_price.toFixed()])).toEqual([
        ["Shirt", 2, "10"],
        ["Hat", 1, "5.5"],
      ]);
      expect(found.items?.[0]?.adjustments).toEqual([]);
      expect(found.shipping_methods?.[0]?.amount.toFixed()).toBe("4.9");
      expect(found.shipping_address?.country_code).toBe("de");
    });

    it("retrieveCart with relationLoadStrategy join answers what Prisma's one query per relation does, in one statement", async () => {
      const { cart, items } = await newCart();
      const [shirt, hat] = items;
      await service.updateCarts({ id: cart.id, email: "a@b.c", metadata: { note: "x", n: [1, 2] } });
      await service.setLineItemAdjustments(cart.id, [
        { item_id: shirt?.id ?? "", amount: "1.123456", code: "TEN", promotion_id: "promo_1" },
      ]);
      await service.setLineItemTaxLines(cart.id, [{ item_id: hat?.id ?? "", rate: 19, code: "de" }]);
      // a soft-deleted line is left out by both, as Prisma's include leaves it out
      const [gone] = await service.addLineItems(cart.id, [{ title: "Gone", quantity: 1, unit_price: "1" }]);
      await service.softDeleteLineItems(gone?.id ?? "");
      const relations = [
        "items.adjustments",
        "items.tax_lines",
        "shipping_methods.tax_lines",
        "shipping_methods.adjustments",
        "shipping_address",
        "billing_address",
      ];
      const byQuery = await service.retrieveCart(cart.id, { relations });
      const db = (service as unknown as { db: { resetQueryCount(): void; queryCount(): number } }).db;
      db.resetQueryCount();
      const byJoin = await service.retrieveCart(cart.id, { relations, relationLoadStrategy: "join" });
      expect(db.queryCount()).toBe(1);
      const sortLists = (c: typeof byQuery) => ({
        ...c,
        items: [...(c.items ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
      });
      expect(sortLists(byJoin)).toEqual(sortLists(byQuery));
      expect(byJoin.items?.map((i) => i.title)).toEqual(["Shirt", "Hat"]);
      expect(byJoin.items?.[0]?.adjustments?.[0]?.amount.toFixed()).toBe("1.123456");
      expect(byJoin.created_at).toBeInstanceOf(Date);
      await expect(
        service.retrieveCart("cart_none", { relations, relationLoadStrategy: "join" }),
      ).rejects.toMatchObject({
        type: "not_found",
      });
    });

    it("setLineItemAdjustments replaces the set: given ones kept or added, the others deleted", async () => {
      const { cart, items } = await newCart();
      const [shirt, hat] = items;
      const first = await service.setLineItemAdjustments(cart.id, [
        { item_id: shirt?.id ?? "", amount: "2", code: "TEN", promotion_id: "promo_1" },
        { item_id: hat?.id ?? "", amount: "1", code: "TEN", promotion_id: "promo_1" },
      ]);
      expect(first).toHaveLength(2);
      const kept = first.find((a) => a.item_id === shirt?.id);
      // a promotion action as computeActions returns it: the `action` key is not a column
      const action = { action: "addItemAdjustment", item_id: hat?.id ?? "", amount: "3", code: "NEW" };
      await service.setLineItemAdjustments(cart.id, [
        { id: String(kept?.id), item_id: shirt?.id ?? "", amount: "2.5" },
        action,
      ]);
      const after = await service.listLineItemAdjustments(
        { item_id: items.map((i) => i.id) },
        { order: { amount: "ASC" } },
      );
      expect(after.map((a) => [a.item_id === shirt?.id ? "shirt" : "hat", a.amount.toFixed(), a.code])).toEqual([
        ["shirt", "2.5", null],
        ["hat", "3", "NEW"],
      ]);
      expect(after.some((a) => a.id === kept?.id)).toBe(true);
      await service.setLineItemAdjustments(cart.id, []);
      expect(await service.listLineItemAdjustments({ item_id: items.map((i) => i.id) })).toEqual([]);
    });

    it("refuses a line of another cart and writes nothing", async () => {
      const { cart, items } = await newCart();
      const other = await newCart();
      await service.setLineItemTaxLines(cart.id, [{ item_id: items[0]?.id, rate: "19", code: "VAT" }]);
      await expect(
        service.setLineItemTaxLines(cart.id, [
          { item_id: items[1]?.id, rate: "7", code: "VAT7" },
          { item_id: other.items[0]?.id, rate: "19", code: "VAT" },
        ]),
      ).rejects.toMatchObject({ type: "invalid_data" });
      const lines = await service.listLineItemTaxLines({ item_id: items.map((i) => i.id) });
      expect(lines.map((l) => [l.item_id, l.code])).toEqual([[items[0]?.id, "VAT"]]);
    });

    it("shipping method adjustments and tax lines are sets of their own", async () => {
      const { cart, method, items } = await newCart();
      await service.setLineItemTaxLines(cart.id, [{ item_id: items[0]?.id, rate: "19", code: "VAT" }]);
      await service.setShippingMethodAdjustments(cart.id, [
        { shipping_method_id: method?.id ?? "", amount: "4.9", code: "FREESHIP" },
      ]);
      await service.setShippingMethodTaxLines(cart.id, [{ shipping_method_id: method?.id, rate: "19", code: "VAT" }]);
      const found = await service.retrieveCart(cart.id, {
        relations: ["items.tax_lines", "shipping_methods.adjustments", "shipping_methods.tax_lines"],
      });
      expect(found.shipping_methods?.[0]?.adjustments?.map((a) => a.code)).toEqual(["FREESHIP"]);
      expect(found.shipping_methods?.[0]?.tax_lines?.map((l) => l.rate.toFixed())).toEqual(["19"]);
      expect(found.items?.[0]?.tax_lines?.map((l) => l.code)).toEqual(["VAT"]);
    });

    it("a completed cart takes no more items", async () => {
      const { cart } = await newCart();
      await service.updateCarts({ id: cart.id, completed_at: new Date() });
      await expect(
        service.addLineItems(cart.id, [{ title: "Late", quantity: 1, unit_price: "1" }]),
      ).rejects.toMatchObject({ type: "not_allowed" });
    });
  },
});
