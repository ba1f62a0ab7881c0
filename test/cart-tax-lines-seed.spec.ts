import { expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import type { TaxableItem, TaxableShipping } from "../src/modules/tax/providers/types.ts";

// The seed's "Retrieve Tax Lines of a Cart's Items and Shipping" (Commerce Modules), run as
// written with the cart and tax modules; only the imports differ (Medusa's DTO names are
// aliases of ours) and `shipping_address?.` (our rows type the address as nullable).
type TaxableItemDTO = TaxableItem;
type TaxableShippingDTO = TaxableShipping;

integrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("sets the tax lines getTaxLines returns for a cart's items and shipping", async () => {
      const container = getContainer();
      const cartModuleService = container.resolve("cart");
      const taxModuleService = container.resolve("tax");
      const [de] = await taxModuleService.createTaxRegionsWithRates([
        { country_code: "de", default_tax_rate: { rate: "19", code: "VAT", name: "Standard" } },
      ]);
      await taxModuleService.createTaxRatesWithRules([
        {
          tax_region_id: de?.id ?? "",
          rate: 7,
          code: "VAT7",
          name: "Books",
          rules: [{ reference: "product_type", reference_id: "ptyp_books" }],
        },
      ]);
      const created = await cartModuleService.createCartWithAddresses({
        currency_code: "eur",
        shipping_address: { country_code: "de", city: "Berlin" },
      });
      const [shirt, book] = await cartModuleService.addLineItems(created.id, [
        { title: "Shirt", quantity: 1, unit_price: "20", product_id: "prod_shirt" },
        { title: "Book", quantity: 2, unit_price: "12", product_id: "prod_book", product_type_id: "ptyp_books" },
      ]);
      const [shipping] = await cartModuleService.addShippingMethods(created.id, [
        { name: "Standard", amount: "4.9", shipping_option_id: "so_standard" },
      ]);

      // --- the seed, as written ---
      // retrieve the cart
      const cart = await cartModuleService.retrieveCart(created.id, {
        relations: ["items.tax_lines", "shipping_methods.tax_lines", "shipping_address"],
      });

      // retrieve the tax lines
      const taxLines = await taxModuleService.getTaxLines(
        [...(cart.items as TaxableItemDTO[]), ...(cart.shipping_methods as TaxableShippingDTO[])],
        {
          address: {
            ...cart.shipping_address,
            country_code: cart.shipping_address?.country_code || "us",
          },
        },
      );

      // set line item tax lines
      await cartModuleService.setLineItemTaxLines(
        cart.id,
        taxLines.filter((line) => "line_item_id" in line),
      );

      // set shipping method tax lines
      await cartModuleService.setLineItemTaxLines(
        cart.id,
        taxLines.filter((line) => "shipping_line_id" in line),
      );
      // --- end of the seed ---

      const after = await cartModuleService.retrieveCart(created.id, {
        relations: ["items.tax_lines", "shipping_methods.tax_lines"],
      });
      const linesOf = (lines: { code: string; rate: { toFixed(): string } }[] | undefined) =>
        (lines ?? []).map((l) => `${l.code} ${l.rate.toFixed()}`);
      expect(linesOf(after.items?.find((i) => i.id === shirt?.id)?.tax_lines)).toEqual(["VAT 19"]);
      expect(linesOf(after.items?.find((i) => i.id === book?.id)?.tax_lines)).toEqual(["VAT7 7"]);
      // the second call set the shipping lines and left the items' lines in place
      expect(linesOf(after.shipping_methods?.find((m) => m.id === shipping?.id)?.tax_lines)).toEqual(["VAT 19"]);
      expect(after.items?.[0]?.tax_lines?.[0]).toMatchObject({
        provider_id: "tp_system",
        tax_rate_id: expect.any(String),
      });
    });
  },
});
