import type { FieldRef } from "@pothos/core";
import type { BuilderTypes } from "./builder.ts";
import { recordFields, type RecordColumns } from "./live-node.ts";

// Carts and orders show the same lines: addresses, line items, shipping methods, and their
// adjustments and tax lines; and the same fields of their own (ownerFields). Each module declares
// its own types (CartLineItem, OrderLineItem) with these shared fields, and adds what is its own
// (money in its currency, line-money.ts; an order's fulfilled quantities). The field builders
// are typed as function properties, so each column named here is checked against the module's
// model at the call: a model that lacks one, or has it with another type, fails type-checking there.

type Ref<T> = FieldRef<BuilderTypes, T, "Object">;
/** A column shown as is: its name, or its name and description. */
type Column<K extends string> = K | readonly [K, string];
/** Exposes a NOT NULL column (`R`) or a nullable one (`N`). */
type Expose<R extends string, N extends string, T> = ((name: R, options?: { description?: string }) => Ref<T>) &
  ((name: N, options: { nullable: true; description?: string }) => Ref<T | null | undefined>);
type Strings<R extends string, N extends string = never> = { exposeString: Expose<R, N, string> };
type Booleans<R extends string> = { exposeBoolean: Expose<R, never, boolean> };
type Id = { exposeID: (name: "id") => Ref<string | number> };
/** A child list of live rows in id order (adjustments, tax lines). */
type Children<K extends string> = {
  relation: (name: K, options: { query: typeof liveById }) => Ref<unknown>;
};

const liveById = { where: { deleted_at: null }, orderBy: { id: "asc" } } as const;
// Not `as const`: Prisma's orderBy takes a mutable list.
const liveByCreation = {
  where: { deleted_at: null },
  orderBy: [{ created_at: "asc" as const }, { id: "asc" as const }],
};

/** Nullable columns exposed under GraphQL names (`firstName: "first_name"`). */
function nullable<K extends string, T>(
  as: (name: K, options: { nullable: true; description?: string }) => Ref<T>,
  columns: Record<string, Column<K>>,
): Record<string, Ref<T>> {
  return Object.fromEntries(
    Object.entries<Column<K>>(columns).map(([name, c]) => [
      name,
      typeof c === "string" ? as(c, { nullable: true }) : as(c[0], { nullable: true, description: c[1] }),
    ]),
  );
}

const addressColumns = {
  firstName: "first_name",
  lastName: "last_name",
  company: "company",
  address1: "address_1",
  address2: "address_2",
  city: "city",
  countryCode: ["country_code", "ISO 3166-1 alpha-2, lowercase."],
  province: "province",
  postalCode: "postal_code",
  phone: "phone",
} as const;
type AddressColumn = Extract<(typeof addressColumns)[keyof typeof addressColumns], string> | "country_code";

/** The fields of a postal address (a cart's or an order's). */
export function addressFields(t: Id & Strings<never, AddressColumn>) {
  return { id: t.exposeID("id"), ...nullable((c: AddressColumn, o) => t.exposeString(c, o), addressColumns) };
}

/** The fields of a tax line of an item or a shipping method. */
export function taxLineFields(
  t: Id &
    Strings<"code", "description" | "tax_rate_id"> & {
      string: (options: {
        description: string;
        resolve: (line: { rate: { toFixed(): string } }) => string;
      }) => Ref<string>;
    },
) {
  return {
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    rate: t.string({
      description: 'A percentage as a decimal string: "20" is 20 %.',
      resolve: (l) => l.rate.toFixed(),
    }),
    description: t.exposeString("description", { nullable: true }),
    taxRateId: t.exposeString("tax_rate_id", { nullable: true }),
  };
}

/** The fields of a discount on an item or a shipping method, but its amount (in its owner's currency). */
export function adjustmentFields(
  t: Id & Strings<never, "code" | "description" | "promotion_id"> & Booleans<"is_tax_inclusive">,
) {
  return {
    id: t.exposeID("id"),
    code: t.exposeString("code", { nullable: true }),
    description: t.exposeString("description", { nullable: true }),
    isTaxInclusive: t.exposeBoolean("is_tax_inclusive"),
    promotionId: t.exposeString("promotion_id", { nullable: true }),
  };
}

/** The fields of a priced line (an item or a shipping method) but its money: its adjustments and tax lines. */
function pricedLineFields(t: Id & Booleans<"is_tax_inclusive"> & Children<"adjustments" | "tax_lines">) {
  return {
    id: t.exposeID("id"),
    adjustments: t.relation("adjustments", { query: liveById }),
    taxLines: t.relation("tax_lines", { query: liveById }),
  };
}

const itemStrings = {
  subtitle: "subtitle",
  thumbnail: "thumbnail",
  variantId: "variant_id",
  productId: "product_id",
  productTitle: "product_title",
  productHandle: "product_handle",
  variantTitle: "variant_title",
  variantSku: "variant_sku",
} as const;
type ItemColumn = (typeof itemStrings)[keyof typeof itemStrings];

/** The fields of a line item but its quantities and money (a cart's or an order's). */
export function lineItemFields(
  t: Id &
    Strings<"title", ItemColumn> &
    Booleans<"requires_shipping" | "is_tax_inclusive"> &
    Children<"adjustments" | "tax_lines">,
) {
  return {
    ...pricedLineFields(t),
    title: t.exposeString("title"),
    ...nullable((c: ItemColumn, o) => t.exposeString(c, o), itemStrings),
    requiresShipping: t.exposeBoolean("requires_shipping"),
    isTaxInclusive: t.exposeBoolean("is_tax_inclusive", {
      description: "Whether unitPrice includes the item's taxes.",
    }),
  };
}

/** The fields of a shipping method but its money (a cart's or an order's). */
export function shippingMethodFields(
  t: Id & Strings<"name", "shipping_option_id"> & Booleans<"is_tax_inclusive"> & Children<"adjustments" | "tax_lines">,
) {
  return {
    ...pricedLineFields(t),
    name: t.exposeString("name"),
    shippingOptionId: t.exposeString("shipping_option_id", { nullable: true }),
    isTaxInclusive: t.exposeBoolean("is_tax_inclusive"),
  };
}

/** The fields a cart and an order share, but their money: who, where, and their lines. */
export function ownerFields(
  t: Strings<"currency_code", "region_id" | "sales_channel_id" | "customer_id" | "email"> &
    RecordColumns & {
      relation: ((name: "shipping_address" | "billing_address", options: { nullable: true }) => Ref<unknown>) &
        ((name: "items", options: { query: typeof liveByCreation }) => Ref<unknown>) &
        ((name: "shipping_methods", options: { query: typeof liveById }) => Ref<unknown>);
    },
) {
  return {
    currencyCode: t.exposeString("currency_code"),
    ...nullable((c: "region_id" | "sales_channel_id" | "customer_id" | "email", o) => t.exposeString(c, o), {
      regionId: "region_id",
      salesChannelId: "sales_channel_id",
      customerId: "customer_id",
      email: "email",
    }),
    ...recordFields(t),
    shippingAddress: t.relation("shipping_address", { nullable: true }),
    billingAddress: t.relation("billing_address", { nullable: true }),
    items: t.relation("items", { query: liveByCreation }),
    shippingMethods: t.relation("shipping_methods", { query: liveById }),
  };
}
