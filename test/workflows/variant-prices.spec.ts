import { describe, expect, it } from "vitest";
import { TesseraError } from "../../src/framework/errors/tessera-error.ts";
import { integrationTestRunner, type TestApi } from "../../src/framework/test-utils/runners.ts";
import ProductVariantPriceSet from "../../src/links/product-variant-price-set.ts";
import { createProductsWorkflow } from "../../src/workflows/product/create-products.ts";
import { updateProductVariantsWorkflow } from "../../src/workflows/product/product-variants.ts";

// Hooks that refuse on request: the price sets and links made before them must vanish.
createProductsWorkflow.hooks.productsCreated(({ additional_data }) => {
  if (additional_data?.refuse) throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Catalogue frozen");
});
const refuseVariantUpdates = { on: false };
updateProductVariantsWorkflow.hooks.productVariantsUpdated(() => {
  if (refuseVariantUpdates.on) throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Prices frozen");
});

type UserErrors = { userErrors: { field: string[] | null; message: string; code: string }[] };
type Variant = {
  id: string;
  sku: string | null;
  eur: { calculatedAmount: string | null } | null;
  usd: { calculatedAmount: string | null } | null;
};
type Product = { id: string; variants: Variant[] };

const VARIANT = `id sku eur: calculatedPrice(context: { currencyCode: "eur" }) { calculatedAmount } usd: calculatedPrice(context: { currencyCode: "usd" }) { calculatedAmount }`;

async function createProduct(
  api: TestApi,
  input: Record<string, unknown>,
): Promise<{ product: Product | null } & UserErrors> {
  const res = await api.graphql<
    { createProduct: { product: Product | null } & UserErrors },
    { input: Record<string, unknown> }
  >(
    `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id variants { ${VARIANT} } } userErrors { field message code } } }`,
    { input },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.createProduct as { product: Product | null } & UserErrors;
}

async function variantMutation(
  api: TestApi,
  name: "createProductVariant" | "updateProductVariant",
  input: Record<string, unknown>,
): Promise<{ productVariant: Variant | null } & UserErrors> {
  const type = name === "createProductVariant" ? "CreateProductVariantInput" : "UpdateProductVariantInput";
  const res = await api.graphql<
    Record<string, { productVariant: Variant | null } & UserErrors>,
    { input: Record<string, unknown> }
  >(
    `mutation($input: ${type}!) { ${name}(input: $input) { productVariant { ${VARIANT} } userErrors { field message code } } }`,
    { input },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.[name] as { productVariant: Variant | null } & UserErrors;
}

const eurUsd = (v: Variant | null | undefined) => [
  v?.sku,
  v?.eur?.calculatedAmount ?? null,
  v?.usd?.calculatedAmount ?? null,
];

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const counts = async () => {
      const c = getContainer();
      const [, products] = await c.resolve("product").listAndCountProducts({}, { withDeleted: true });
      const [, sets] = await c.resolve("pricing").listAndCountPriceSets({}, { withDeleted: true });
      const links = await c.resolve("link").list(ProductVariantPriceSet);
      return { products, sets, links: links.length };
    };

    describe("variant prices on product writes", () => {
      it("createProduct gives each priced variant a linked price set, answered by calculatedPrice", async () => {
        const { product, userErrors } = await createProduct(api, {
          title: "Priced Tee",
          options: [{ title: "Size", values: ["S", "M"] }],
          variants: [
            {
              title: "S",
              sku: "PT-S",
              options: [{ option: "Size", value: "S" }],
              prices: [
                { amount: "10", currencyCode: "EUR" },
                { amount: "12.5", currencyCode: "usd" },
              ],
            },
            {
              title: "M",
              sku: "PT-M",
              options: [{ option: "Size", value: "M" }],
              prices: [
                { amount: "15", currencyCode: "eur" },
                { amount: "18", currencyCode: "usd" },
              ],
            },
          ],
        });
        expect(userErrors).toEqual([]);
        expect(product?.variants.map(eurUsd)).toEqual([
          ["PT-S", "10", "12.5"],
          ["PT-M", "15", "18"],
        ]);
      });

      it("a negative amount or an unknown currency is a userError and leaves no product, price set or link", async () => {
        const before = await counts();
        const variants = (price: Record<string, unknown>) => [
          { title: "One", sku: `BAD-${String(price.currencyCode)}`, prices: [{ amount: "5", currencyCode: "eur" }] },
          { title: "Two", prices: [price] },
        ];
        const negative = await createProduct(api, {
          title: "Bad Price",
          variants: variants({ amount: "-1", currencyCode: "eur" }),
        });
        expect(negative).toEqual({
          product: null,
          userErrors: [
            {
              field: ["input", "variants", "1", "prices", "0", "amount"],
              message: "variants.1.prices.0.amount: must not be negative",
              code: "INVALID_DATA",
            },
          ],
        });
        // Caught by the workflow after the product was written: compensation takes it away again.
        const unknown = await createProduct(api, {
          title: "Bad Currency",
          variants: variants({ amount: "1", currencyCode: "zzz" }),
        });
        expect(unknown).toEqual({
          product: null,
          userErrors: [{ field: ["input", "prices"], message: "Unknown currency: zzz", code: "INVALID_DATA" }],
        });
        const refused = await createProduct(api, {
          title: "Refused",
          variants: variants({ amount: "1", currencyCode: "usd" }),
          additionalData: { refuse: true },
        });
        expect(refused.userErrors[0]?.code).toBe("NOT_ALLOWED");
        expect(await counts()).toEqual(before);
      });

      it("createProductVariant prices the new variant; updateProductVariant replaces its prices, and a refusing hook puts them back", async () => {
        const { product } = await createProduct(api, {
          title: "Mug",
          variants: [{ title: "Plain", sku: "MUG-PLAIN" }],
        });
        const productId = product?.id ?? "";
        const unpriced = product?.variants[0];
        expect(eurUsd(unpriced)).toEqual(["MUG-PLAIN", null, null]);

        const added = await variantMutation(api, "createProductVariant", {
          productId,
          title: "Gold",
          sku: "MUG-GOLD",
          prices: [{ amount: "30", currencyCode: "eur" }],
        });
        expect(eurUsd(added.productVariant)).toEqual(["MUG-GOLD", "30", null]);
        const goldId = added.productVariant?.id ?? "";

        const replaced = await variantMutation(api, "updateProductVariant", {
          id: goldId,
          prices: [
            { amount: "28", currencyCode: "eur" },
            { amount: "33", currencyCode: "usd" },
          ],
        });
        expect(eurUsd(replaced.productVariant)).toEqual(["MUG-GOLD", "28", "33"]);
        const before = await counts();
        refuseVariantUpdates.on = true;
        const refused = await variantMutation(api, "updateProductVariant", {
          id: goldId,
          sku: "MUG-GOLD-2",
          prices: [{ amount: "1", currencyCode: "eur" }],
        });
        const refusedFirst = await variantMutation(api, "updateProductVariant", {
          id: unpriced?.id,
          prices: [{ amount: "7", currencyCode: "eur" }],
        });
        refuseVariantUpdates.on = false;
        expect([refused.userErrors[0]?.code, refusedFirst.userErrors[0]?.code]).toEqual(["NOT_ALLOWED", "NOT_ALLOWED"]);
        expect(await counts()).toEqual(before);

        // A variant without a price set gets one on its first priced update.
        const firstPrices = await variantMutation(api, "updateProductVariant", {
          id: unpriced?.id,
          prices: [{ amount: "7", currencyCode: "eur" }],
          idempotencyKey: "price-plain-mug",
        });
        const replay = await variantMutation(api, "updateProductVariant", {
          id: unpriced?.id,
          prices: [{ amount: "7", currencyCode: "eur" }],
          idempotencyKey: "price-plain-mug",
        });
        expect(replay).toEqual(firstPrices);
        const read = await api.graphql<{ product: Product }, { id: string }>(
          `query($id: ID) { product(id: $id) { id variants { ${VARIANT} } } }`,
          { id: productId },
        );
        expect(read.data?.product.variants.map(eurUsd)).toEqual([
          ["MUG-PLAIN", "7", null],
          ["MUG-GOLD", "28", "33"],
        ]);
        expect(await counts()).toEqual({ ...before, sets: before.sets + 1, links: before.links + 1 });
      });
    });
  },
});
