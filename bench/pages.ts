// What the bench asks for: three storefront pages of 20 products on a random page each request,
// and the hand-written baseline's page (bench/baseline-server.ts) they are all compared with.
import { encodeCursor } from "../src/framework/graphql/cursor.ts";
import type { BenchCommerce } from "./seed-commerce.ts";

export const pageSize = 20;

const productPage = `query BenchProductPage($after: String) {
  products(first: ${pageSize}, after: $after) {
    totalCount
    edges { node { id title handle variants { id title sku options { value option { title } } } options { title values { value } } } }
  }
}`;

// The baseline's page: each variant's EUR price in the region, nothing else.
const pricedPage = `query BenchPricedPage($after: String, $context: PriceContextInput) {
  products(first: ${pageSize}, after: $after) {
    totalCount
    edges { node { id title handle thumbnail variants { id title sku
      calculatedPrice(context: $context) { calculatedAmount originalAmount currencyCode isCalculatedPricePriceList }
    } } }
  }
}`;

// The storefront's real page: prices with taxes, and stock in the key's channel.
const fullPage = `query BenchFullPage($after: String, $context: PriceContextInput) {
  products(first: ${pageSize}, after: $after) {
    totalCount
    edges { node { id title handle thumbnail variants { id title sku
      calculatedPrice(context: $context) { calculatedAmount originalAmount currencyCode isCalculatedPricePriceList isCalculatedPriceTaxInclusive
        calculatedAmountWithTax calculatedAmountWithoutTax taxLines { rate code } }
      availability { inventoryQuantity manageInventory allowBackorder inStock }
    } } }
  }
}`;

export interface Variant {
  options?: unknown[];
  calculatedPrice?: {
    calculatedAmount: string | null;
    calculatedAmountWithTax?: string | null;
  } | null;
  availability?: { inventoryQuantity: number | null; inStock: boolean };
}
export interface PageNode {
  variants: Variant[];
  options?: unknown[];
}
export type Page = {
  data?: { products: { totalCount: number; edges: { node: PageNode }[] } };
  errors?: unknown[];
};

export interface Scenario {
  name: string;
  body: (commerce: BenchCommerce, products: number) => () => string;
  /** What each product of a real page must hold, so a broken query cannot pass for a fast one. */
  valid: (node: PageNode) => boolean;
  /** Served by a second server with the storefront response cache on (the cache's hit path). */
  responseCache?: boolean;
}

/** A random offset that starts a whole page within the catalogue. */
const randomOffset = (products: number) => Math.floor(Math.random() * (products - pageSize));

/** A page at a random offset: `after` the keyset cursor of the product before it (the default order is by id). */
function randomAfter({ productIds }: BenchCommerce, products: number): string | null {
  const offset = randomOffset(products);
  const before = productIds[offset - 1];
  return before === undefined ? null : encodeCursor("id:ASC", [before]);
}

/**
 * A whole page as a storefront pages through the catalogue: the first, or `after` the last
 * product of a page before it (offsets that are multiples of the page size, 50 over 1,000 products).
 */
function randomPageAfter({ productIds }: BenchCommerce, products: number): string | null {
  const offset = Math.floor(Math.random() * Math.floor(products / pageSize)) * pageSize;
  const before = productIds[offset - 1];
  return before === undefined ? null : encodeCursor("id:ASC", [before]);
}

const priced = (v: Variant) => v.calculatedPrice?.calculatedAmount != null;

export const baseline: Scenario = {
  name: "baseline (1 SQL)",
  body: (_c, products) => () => JSON.stringify({ offset: randomOffset(products) }),
  valid: (node) => node.variants.length === 4 && node.variants.every(priced),
};

export const scenarios: Scenario[] = [
  {
    name: "product page",
    body: (c, products) => () => JSON.stringify({ query: productPage, variables: { after: randomAfter(c, products) } }),
    valid: (node) => node.variants.length === 4 && node.options?.length === 1,
  },
  {
    name: "priced page",
    body: (c, products) => () =>
      JSON.stringify({
        query: pricedPage,
        variables: { after: randomAfter(c, products), context: { regionId: c.regionId } },
      }),
    valid: (node) => node.variants.length === 4 && node.variants.every(priced),
  },
  {
    // 50 distinct pages over 1,000 products: after the first pass nearly every request is a hit.
    name: "priced page, response cache",
    responseCache: true,
    body: (c, products) => () =>
      JSON.stringify({
        query: pricedPage,
        variables: { after: randomPageAfter(c, products), context: { regionId: c.regionId } },
      }),
    valid: (node) => node.variants.length === 4 && node.variants.every(priced),
  },
  {
    name: "priced + tax + stock",
    body: (c, products) => () =>
      JSON.stringify({
        query: fullPage,
        variables: { after: randomAfter(c, products), context: { regionId: c.regionId } },
      }),
    valid: (node) =>
      node.variants.length === 4 &&
      node.variants.every(
        (v) =>
          v.calculatedPrice?.calculatedAmountWithTax != null && typeof v.availability?.inventoryQuantity === "number",
      ),
  },
];
