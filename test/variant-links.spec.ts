import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { TesseraError } from "../src/framework/errors/tessera-error.ts";
import variantPriceSet from "../src/links/product-variant-price-set.ts";
import variantInventoryItem from "../src/links/product-variant-inventory-item.ts";
import { deleteProductsWorkflow } from "../src/workflows/product/delete-products.ts";
import { deleteProductVariantsWorkflow } from "../src/workflows/product/product-variants.ts";

const VariantLinksQuery = /* GraphQL */ `
  query VariantLinks($id: ID!) {
    node(id: $id) { ... on ProductVariant { title priceSet { id } inventoryItems(first: 5) { totalCount edges { link { requiredQuantity } node { sku } } } } }
  }`;

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const rejection = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(TesseraError.is(error)).toBe(true);
      return error as TesseraError;
    };

    describe("variant ↔ price set and variant ↔ inventory item links", () => {
      it("links a variant to one price set and to several inventory items with a required quantity", async () => {
        const c = getContainer();
        const [product, pricing, inventory, link] = [
          c.resolve("product"),
          c.resolve("pricing"),
          c.resolve("inventory"),
          c.resolve("link"),
        ];
        const [p] = await product.createProductTrees([
          {
            title: "Kit",
            options: [{ title: "Size", values: ["S"] }],
            variants: [{ title: "S", sku: "KIT-S", options: { Size: "S" } }],
          },
        ]);
        const [variant] = await product.listProductVariants({ product_id: p?.id as string });
        const variantId = variant?.id as string;
        const [set, other] = await pricing.createPriceSetsWithPrices([
          { prices: [{ amount: "10", currency_code: "eur" }] },
          { prices: [] },
        ]);
        const items = await inventory.createInventoryItems([{ sku: "BOX" }, { sku: "SCREW" }]);

        await link.create({ product: { product_variant_id: variantId }, pricing: { price_set_id: set?.id as string } });
        await link.create([
          { product: { product_variant_id: variantId }, inventory: { inventory_item_id: items[0]?.id as string } },
          {
            product: { product_variant_id: variantId },
            inventory: { inventory_item_id: items[1]?.id as string },
            data: { required_quantity: 4 },
          },
        ]);
        // One-to-one: a second price set for the variant is refused and nothing is written.
        const error = await rejection(
          link.create({ product: { product_variant_id: variantId }, pricing: { price_set_id: other?.id as string } }),
        );
        expect(error.type).toBe("conflict");
        expect(
          (await link.list(variantPriceSet, { product_variant_id: variantId })).map((r) => r.price_set_id),
        ).toEqual([set?.id]);
        const rows = await link.list(variantInventoryItem, { product_variant_id: variantId });
        expect(rows.map((r) => [r.inventory_item_id, r.required_quantity]).sort()).toEqual(
          [
            [items[0]?.id, 1],
            [items[1]?.id, 4],
          ].sort(),
        );

        const res = await api.graphql<
          {
            node: {
              title: string;
              priceSet: { id: string } | null;
              inventoryItems: {
                totalCount: number;
                edges: { link: { requiredQuantity: number }; node: { sku: string } }[];
              };
            };
          },
          { id: string }
        >(VariantLinksQuery, { id: variantId });
        expect(res.errors).toBeUndefined();
        expect(res.data?.node.priceSet?.id).toBe(set?.id);
        expect(res.data?.node.inventoryItems.totalCount).toBe(2);
        expect(res.data?.node.inventoryItems.edges.map((e) => [e.node.sku, e.link.requiredQuantity])).toEqual([
          ["BOX", 1],
          ["SCREW", 4],
        ]);
      });

      it("deleting a variant or its product takes its links, its price set and its inventory items along", async () => {
        const c = getContainer();
        const [product, pricing, inventory, link] = [
          c.resolve("product"),
          c.resolve("pricing"),
          c.resolve("inventory"),
          c.resolve("link"),
        ];
        const [p] = await product.createProductTrees([
          {
            title: "Gone",
            options: [{ title: "Size", values: ["S", "M"] }],
            variants: [
              { title: "S", sku: "GONE-S", options: { Size: "S" } },
              { title: "M", sku: "GONE-M", options: { Size: "M" } },
            ],
          },
        ]);
        const variants = await product.listProductVariants({ product_id: p?.id as string }, { order: { sku: "DESC" } });
        const [small, medium] = variants.map((v) => v.id);
        const sets = await pricing.createPriceSetsWithPrices([
          { prices: [{ amount: "5", currency_code: "eur" }] },
          { prices: [{ amount: "6", currency_code: "eur" }] },
        ]);
        const [item] = await inventory.createInventoryItems([{ sku: "GONE-BOX" }]);
        await link.create([
          { product: { product_variant_id: small as string }, pricing: { price_set_id: sets[0]?.id as string } },
          { product: { product_variant_id: medium as string }, pricing: { price_set_id: sets[1]?.id as string } },
          { product: { product_variant_id: small as string }, inventory: { inventory_item_id: item?.id as string } },
        ]);

        await deleteProductVariantsWorkflow(c).run({ input: { ids: [medium as string] } });
        expect(await link.list(variantPriceSet, { product_variant_id: medium as string })).toEqual([]);
        expect((await pricing.listPriceSets({ id: sets.map((s) => s.id) })).map((s) => s.id)).toEqual([sets[0]?.id]);

        await deleteProductsWorkflow(c).run({ input: { ids: [p?.id as string] } });
        expect(await link.list(variantPriceSet, { product_variant_id: small as string })).toEqual([]);
        expect(await link.list(variantInventoryItem, { product_variant_id: small as string })).toEqual([]);
        expect(await pricing.listPriceSets({ id: sets.map((s) => s.id) })).toEqual([]);
        // An item stocks one variant: it goes with it (Medusa's deleteProductsWorkflow deletes the
        // items only deleted variants used), and comes back if the delete is compensated.
        expect(await inventory.listInventoryItems({ id: item?.id as string })).toEqual([]);
      });
    });
  },
});
