import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { ProductEvents } from "../../modules/product/events.ts";
import type { ProductTreeInput } from "../../modules/product/service.ts";
import type { PriceInput } from "../../modules/pricing/types.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import type { AdditionalData } from "./rows-workflows.ts";
import { createProductsStep } from "./steps/create-products.ts";
import { createVariantInventory, type VariantInventoryInput, withoutInventory } from "./variant-inventory.ts";
import { createVariantPriceSets, pairPrices, withoutPrices } from "./variant-prices.ts";

type TreeVariant = NonNullable<ProductTreeInput["variants"]>[number];
/**
 * A product to create; each variant may carry `prices`, which become its price set, and
 * `inventory_items`, the existing items it is stocked as (else one is created when it manages inventory).
 */
export type CreateProductInput = Omit<ProductTreeInput, "variants"> & {
  variants?: (TreeVariant & { prices?: PriceInput[] } & VariantInventoryInput)[];
};

/**
 * Creates products (with options, variants, images, tags, categories) and gives each variant
 * with `prices` a linked price set; a variant that manages inventory is linked to its `inventory_items`
 * or to a new item (Medusa's createProductsWorkflow). Hook `productsCreated` receives `{ products, additional_data }`;
 * if it (or any step) throws, the products, price sets, inventory items and links are deleted again.
 * @example await createProductsWorkflow(container).run({ input: { products: [{ title: "Shirt", variants: [{ title: "M", prices: [{ amount: "10", currency_code: "eur" }] }] }] } })
 */
export const createProductsWorkflow = createWorkflow(
  "create-products",
  (input: { products: CreateProductInput[]; additional_data?: AdditionalData }) => {
    const products = createProductsStep(
      transform({ input }, ({ input: i }) =>
        i.products.map(
          ({ variants, ...product }): ProductTreeInput =>
            variants ? { ...product, variants: withoutInventory(withoutPrices(variants)) } : product,
        ),
      ),
    );
    createVariantPriceSets(
      transform({ input, products }, ({ input: i, products: rows }) =>
        i.products.flatMap((product, n) => pairPrices(rows[n]?.variants ?? [], product.variants ?? [])),
      ),
    );
    createVariantInventory(
      transform({ input, products }, ({ input: i, products: rows }) =>
        i.products.flatMap((product, n) =>
          (rows[n]?.variants ?? []).map((variant, k) => ({
            variant,
            inventory_items: product.variants?.[k]?.inventory_items,
            field: [String(n), "variants", String(k)],
          })),
        ),
      ),
    );
    const created = createHook("productsCreated", { products, additional_data: input.additional_data });
    // Held until the workflow (and any workflow running it) succeeds: a failing hook drops them.
    emitEventStep(
      transform({ products }, ({ products: rows }) =>
        rows.map((p): EventMessage => ({ name: ProductEvents.PRODUCT_CREATED, data: { id: p.id } })),
      ),
    );
    return new WorkflowResponse(products, { hooks: [created] });
  },
);
