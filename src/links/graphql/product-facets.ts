import { access } from "../../framework/graphql/auth-scopes.ts";
import { builder } from "../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { money, MoneyRef, type MoneyValue } from "../../framework/graphql/money.ts";
import { computedColumnsFor } from "../../framework/links/computed-columns.ts";
import { readScope, scopedFilters } from "../../framework/links/read-scope.ts";
import { SqlBuilder } from "../../framework/links/sql.ts";
import { where } from "../../framework/links/sql-filters.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { decimalToString, isDecimalString } from "../../framework/money/index.ts";
import { requestPricing } from "./product-price.ts";
import { PRODUCT_PRICE, productFilter } from "../../modules/product/graphql/filters.ts";

// Facets of the current product filter: how many of the products a list would show sit in each
// category, collection, tag, option value and price band. They compose product, its read scope
// (links: the key's channels) and pricing, in one SQL statement whatever the catalogue's size.

interface FacetRow {
  kind: "category" | "collection" | "tag" | "option" | "price";
  key: string | null;
  label: string | null;
  n: number;
}
interface Facet {
  id: string | null;
  label: string;
  option: string | null;
  count: number;
}
interface PriceBand {
  min: MoneyValue | null;
  max: MoneyValue | null;
  count: number;
}
interface Facets {
  categories: Facet[];
  collections: Facet[];
  tags: Facet[];
  optionValues: Facet[];
  priceBands: PriceBand[];
}

const FacetRef = builder.objectRef<Facet>("ProductFacetValue").implement({
  authScopes: access.store,
  description: "A value products can have and how many of the filtered products have it.",
  fields: (t) => ({
    id: t.id({
      nullable: true,
      description: "The category, collection or tag id; null for option values.",
      resolve: (f) => f.id,
    }),
    label: t.string({ description: "The name, title, tag or option value.", resolve: (f) => f.label }),
    option: t.string({
      nullable: true,
      description: "For option values: the option's title.",
      resolve: (f) => f.option,
    }),
    count: t.int({ resolve: (f) => f.count }),
  }),
});
const PriceBandRef = builder.objectRef<PriceBand>("ProductPriceBand").implement({
  authScopes: access.store,
  description: "Products whose lowest price (before tax, in the price context) is at least min and below max.",
  fields: (t) => ({
    min: t.field({
      type: MoneyRef,
      nullable: true,
      description: "Null for the band below the first bound.",
      resolve: (b) => b.min,
    }),
    max: t.field({
      type: MoneyRef,
      nullable: true,
      description: "Null for the band above the last bound.",
      resolve: (b) => b.max,
    }),
    count: t.int({ resolve: (b) => b.count }),
  }),
});
const FacetsRef = builder.objectRef<Facets>("ProductFacets").implement({
  authScopes: access.store,
  description: "Counts of the filtered products per category, collection, tag, option value and price band.",
  fields: (t) => ({
    categories: t.field({
      type: [FacetRef],
      description: "Categories the caller may read.",
      resolve: (f) => f.categories,
    }),
    collections: t.field({ type: [FacetRef], resolve: (f) => f.collections }),
    tags: t.field({ type: [FacetRef], resolve: (f) => f.tags }),
    optionValues: t.field({ type: [FacetRef], resolve: (f) => f.optionValues }),
    priceBands: t.field({ type: [PriceBandRef], description: "Only with `priceBands`.", resolve: (f) => f.priceBands }),
  }),
});

function checkBounds(bounds: readonly string[]): string[] {
  const ok =
    bounds.every((b) => isDecimalString(b)) && bounds.every((b, i) => i === 0 || Number(bounds[i - 1]) < Number(b));
  if (!ok)
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "priceBands must be increasing decimal strings", {
      field: ["priceBands"],
    });
  return [...bounds];
}

builder.queryFields((t) => ({
  productFacets: t.field({
    authScopes: access.store,
    type: FacetsRef,
    description:
      "Facets of a product list: for the same filter and search as `products`, how many readable products sit in each category, collection, tag, option value and (with `priceBands`, in the @inContext price context) price band. One SQL statement.",
    args: {
      filter: t.arg({ type: productFilter.input, description: "The list's filter (as `products`)." }),
      search: t.arg.string({ description: "The list's search (as `products`)." }),
      priceBands: t.arg.stringList({
        description:
          'Increasing decimal bounds ("25", "50", "100"): counts below the first, between each pair and above the last.',
      }),
    },
    resolve: async (_root, args, ctx: GraphQLContext, info) => {
      const bounds = args.priceBands ? checkBounds(args.priceBands) : null;
      const filters = scopedFilters(ctx, "Product", {
        ...productFilter.translate(args.filter),
        q: args.search ?? undefined,
      });
      const computed = await computedColumnsFor(
        ctx,
        info,
        "Product",
        filters,
        bounds ? { [PRODUCT_PRICE]: "ASC" } : {},
      );
      const sql = new SqlBuilder(computed && { model: "Product", columns: computed.columns });
      const p = sql.alias();
      const matched = `SELECT ${p}.id FROM product ${p} WHERE ${where(sql, "Product", p, filters, false)}`;
      const c = sql.alias();
      const categoryScope = readScope(ctx, "ProductCategory");
      const categoryWhere = where(sql, "ProductCategory", c, categoryScope ?? {}, false);
      const parts = [
        `SELECT 'category' AS kind, ${c}.id AS key, ${c}.name AS label, count(*)::int AS n FROM matched m
           JOIN "_ProductToProductCategory" pc ON pc."A" = m.id JOIN product_category ${c} ON ${c}.id = pc."B"
           WHERE ${categoryWhere} GROUP BY ${c}.id, ${c}.name`,
        `SELECT 'collection', pcol.id, pcol.title, count(*)::int FROM matched m JOIN product pr ON pr.id = m.id
           JOIN product_collection pcol ON pcol.id = pr.collection_id AND pcol.deleted_at IS NULL GROUP BY pcol.id, pcol.title`,
        `SELECT 'tag', tg.id, tg.value, count(*)::int FROM matched m JOIN "_ProductToProductTag" pt ON pt."A" = m.id
           JOIN product_tag tg ON tg.id = pt."B" AND tg.deleted_at IS NULL GROUP BY tg.id, tg.value`,
        `SELECT 'option', o.title, v.value, count(DISTINCT m.id)::int FROM matched m
           JOIN product_option o ON o.product_id = m.id AND o.deleted_at IS NULL
           JOIN product_option_value v ON v.option_id = o.id AND v.deleted_at IS NULL GROUP BY o.title, v.value`,
      ];
      const price = computed?.columns[PRODUCT_PRICE];
      if (bounds && price) {
        const x = sql.alias();
        const boundsParam = sql.param(bounds, "numeric[]");
        parts.push(
          `SELECT 'price', band::text, NULL, count(*)::int FROM (
             SELECT (SELECT count(*) FROM unnest(${boundsParam}) b WHERE b <= amount) AS band
             FROM (SELECT (${price(sql, x)}) AS amount FROM product ${x} JOIN matched m ON m.id = ${x}.id) priced
             WHERE amount IS NOT NULL) banded GROUP BY band`,
        );
      }
      const rows = await ctx.prisma.$queryRawUnsafe<FacetRow[]>(
        `WITH matched AS (${matched}) ${parts.map((part) => `(${part})`).join(" UNION ALL ")}`,
        ...sql.params,
      );
      const of = (kind: FacetRow["kind"]) =>
        rows
          .filter((r) => r.kind === kind)
          .map((r) => ({
            id: kind === "option" ? null : r.key,
            label: String(r.label),
            option: kind === "option" ? r.key : null,
            count: r.n,
          }))
          .sort((a, b) => (a.option ?? "").localeCompare(b.option ?? "") || a.label.localeCompare(b.label));
      const currency = bounds ? (await requestPricing(ctx, info)).currency_code : null;
      const priceBands = bounds
        ? Array.from({ length: bounds.length + 1 }, (_, band) => ({
            min: money(band === 0 ? null : decimalToString(bounds[band - 1] as string), currency),
            max: money(band === bounds.length ? null : decimalToString(bounds[band] as string), currency),
            count: rows.find((r) => r.kind === "price" && r.key === String(band))?.n ?? 0,
          }))
        : [];
      return {
        categories: of("category"),
        collections: of("collection"),
        tags: of("tag"),
        optionValues: of("option"),
        priceBands,
      };
    },
  }),
}));
