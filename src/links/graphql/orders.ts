import { access } from "../../framework/graphql/auth-scopes.ts";
import { builder, type InputFieldBuilder } from "../../framework/graphql/builder.ts";
import {
  combinators,
  DateTimeFilter,
  IDFilter,
  IntFilter,
  StringFilter,
  toServiceFilters,
  type FilterOps,
} from "../../framework/graphql/filters.ts";
import { rootList } from "../../framework/graphql/root-list.ts";
import { registerComputedColumn } from "../../framework/links/computed-columns.ts";
import { hopTables } from "../../framework/links/hop-sql.ts";
import { sortInput } from "../../framework/graphql/sort.ts";
import { linkFilterFields, linkFilterRelations } from "../../framework/links/graphql-filters.ts";
import { hopsFrom } from "../../framework/links/registry.ts";
import type { Filters } from "../../framework/modules/filters.ts";
import { OrderFulfillmentStatusEnum, OrderPaymentStatusEnum } from "../../modules/order/graphql/order-fields.ts";
import { OrderRef } from "../../modules/order/graphql/types.ts";
import { Order } from "../../modules/order/models.ts";
import { fulfillmentStatusSql } from "../../modules/order/fulfillment-standing.ts";
import { orderFulfillmentStatuses, orderPaymentStatuses } from "../../modules/order/status.ts";
import { standingSql } from "../../modules/payment/standing.ts";

// The admin order list and a customer's own orders. It lives with the links because the payment
// status filter reads the payment module's tables (through order_payment_collection); the
// derived statuses are not columns, so they filter as computed columns of the list's statement.

type StatusOps = { eq?: string | null; ne?: string | null; in?: string[] | null; nin?: string[] | null };
interface OrderFilterShape {
  id?: FilterOps;
  displayId?: FilterOps<number>;
  status?: FilterOps;
  email?: FilterOps;
  customerId?: FilterOps;
  salesChannelId?: FilterOps;
  regionId?: FilterOps;
  currencyCode?: FilterOps;
  createdAt?: FilterOps<Date>;
  updatedAt?: FilterOps<Date>;
  paymentStatus?: StatusOps | null;
  fulfillmentStatus?: StatusOps | null;
  and?: OrderFilterShape[] | null;
  or?: OrderFilterShape[] | null;
  not?: OrderFilterShape | null;
  [link: string]: unknown;
}

const statusFilter = (name: string, type: typeof OrderPaymentStatusEnum | typeof OrderFulfillmentStatusEnum) =>
  builder.inputType(name, {
    fields: (t) => ({
      eq: t.field({ type, description: "Equal to." }),
      ne: t.field({ type, description: "Not equal to." }),
      in: t.field({ type: [type], description: "One of." }),
      nin: t.field({ type: [type], description: "None of." }),
    }),
  });
const PaymentStatusFilter = statusFilter("OrderPaymentStatusFilter", OrderPaymentStatusEnum);
const FulfillmentStatusFilter = statusFilter("OrderFulfillmentStatusFilter", OrderFulfillmentStatusEnum);

/** The order's own columns a filter compares: the field, its operator input, its column, what it holds. */
const columnFields = [
  ["id", IDFilter, "id", "The order's id."],
  ["displayId", IntFilter, "display_id", "The human order number."],
  ["status", StringFilter, "status", "pending, completed, canceled, archived or requires_action."],
  ["email", StringFilter, "email", "The customer's email as on the order."],
  ["customerId", IDFilter, "customer_id", "The customer who placed it (null: a guest)."],
  ["salesChannelId", IDFilter, "sales_channel_id", "The sales channel it was placed in."],
  ["regionId", IDFilter, "region_id", "Its region."],
  ["currencyCode", StringFilter, "currency_code", "Its currency (lowercase)."],
  ["createdAt", DateTimeFilter, "created_at", "When it was placed (gte/lte: between)."],
  ["updatedAt", DateTimeFilter, "updated_at", "When it last changed."],
] as const;
const columns = Object.fromEntries(columnFields.map(([field, , column]) => [field, column]));

const OrderFilter = builder.inputRef<OrderFilterShape>("OrderFilter").implement({
  description: "Filters on an order's fields, its derived payment and fulfilment statuses, and linked records.",
  fields: (t: InputFieldBuilder) => ({
    ...Object.fromEntries(columnFields.map(([field, type, , description]) => [field, t.field({ type, description })])),
    paymentStatus: t.field({
      type: PaymentStatusFilter,
      description: "The derived payment status, as the order's paymentStatus field shows it.",
    }),
    fulfillmentStatus: t.field({ type: FulfillmentStatusFilter, description: "The derived fulfilment status." }),
    ...combinators(t, OrderFilter),
    ...linkFilterFields("Order", t),
  }),
});

/** The statuses a status filter lets through. */
function statusesOf(ops: StatusOps, all: readonly string[]): string[] {
  let out = [...all];
  if (ops.eq) out = out.filter((s) => s === ops.eq);
  if (ops.in) out = out.filter((s) => ops.in?.includes(s));
  if (ops.ne) out = out.filter((s) => s !== ops.ne);
  if (ops.nin) out = out.filter((s) => !ops.nin?.includes(s));
  return out;
}

const paymentHop = () => hopsFrom("Order").find((h) => h.link.entryPoint === "order_payment_collection");

// The derived statuses as computed columns of the order list's own statement (no pre-query of
// ids, however many orders match): the fulfilment status from the order's items, the payment
// status from its collections through order_payment_collection, by the rules of status.ts.
const FULFILLMENT_STATUS = "fulfillment_status";
const PAYMENT_STATUS = "payment_status";
registerComputedColumn("Order", FULFILLMENT_STATUS, async () => ({
  sql: (_sql, alias) => fulfillmentStatusSql(alias),
}));
registerComputedColumn("Order", PAYMENT_STATUS, async () => ({
  sql: (sql, alias) => {
    const hop = paymentHop();
    if (!hop) return "'not_paid'";
    const { tables, on, target } = hopTables(sql, hop, alias);
    return `SELECT ${standingSql(target)} FROM ${tables} WHERE ${on}`;
  },
}));

/** The filter as service filters; the derived statuses filter through their computed columns. */
function orderFilters(input: OrderFilterShape | null | undefined): Filters {
  if (!input) return {};
  const { paymentStatus, fulfillmentStatus, and, or, not, ...rest } = input;
  const parts: Filters[] = [
    toServiceFilters(rest as OrderFilterShape, { columns, relations: linkFilterRelations("Order") }),
  ];
  if (fulfillmentStatus)
    parts.push({ [FULFILLMENT_STATUS]: { $in: statusesOf(fulfillmentStatus, orderFulfillmentStatuses) } });
  if (paymentStatus) parts.push({ [PAYMENT_STATUS]: { $in: statusesOf(paymentStatus, orderPaymentStatuses) } });
  if (and) parts.push({ $and: and.map((f) => orderFilters(f)) });
  if (or) parts.push({ $or: or.map((f) => orderFilters(f)) });
  if (not) parts.push({ $not: orderFilters(not) });
  return parts.length === 1 ? (parts[0] ?? {}) : { $and: parts };
}

/** A search matches the email, or the display id when it is a number ("#1042" too). */
function searchFilters(search: string | null | undefined): Filters {
  const text = search?.trim();
  if (!text) return {};
  const number = /^#?(\d{1,9})$/.exec(text)?.[1];
  return number ? { $or: [{ q: text }, { display_id: Number(number) }] } : { q: text };
}

/** The model both lists page through (keyset cursors, the caller's read scope). */
const orders = { model: Order, module: "order" };

const orderSort = sortInput("Order", {
  CREATED_AT: "created_at",
  UPDATED_AT: "updated_at",
  DISPLAY_ID: "display_id",
  EMAIL: "email",
  STATUS: "status",
});
/** Newest first unless sorted otherwise; ties by id. */
const orderOf = (sort: Parameters<typeof orderSort.toOrder>[0]) =>
  sort?.length ? orderSort.toOrder(sort) : { created_at: "DESC" as const, id: "DESC" as const };

/** What the orders or the drafts list reads: drafts or not, the filter and search. */
const filtersOf = (drafts: boolean, args: { filter?: OrderFilterShape | null; search?: string | null }): Filters => ({
  $and: [{ is_draft_order: drafts }, orderFilters(args.filter), searchFilters(args.search)],
});

builder.queryFields((t) => {
  const listArgs = (matching: string) => ({
    filter: t.arg({ type: OrderFilter, description: matching }),
    search: t.arg.string({
      description: 'Case-insensitive substring of the email, or a display id ("1042", "#1042").',
    }),
  });
  return {
    orders: rootList(t, {
      ...orders,
      type: OrderRef,
      authScopes: access.admin,
      description:
        "Orders (admin only; drafts excluded), newest first unless sorted: filtered by their fields, derived payment and fulfilment statuses and linked records, searched by email or display id.",
      args: {
        ...listArgs("Only orders matching."),
        sort: t.arg({
          type: [orderSort.input],
          description: "Order of the orders; ties by id. Default: newest first.",
        }),
      },
      // Draft orders are not orders yet (Medusa's list leaves them out too).
      filters: (args) => filtersOf(false, args),
      order: (args) => orderOf(args.sort),
    }),
    draftOrders: rootList(t, {
      ...orders,
      type: OrderRef,
      name: "DraftOrder",
      authScopes: access.admin,
      description:
        "Draft orders (admin only: createDraftOrder's, not converted yet), newest first: filtered by their fields and linked records, searched by email or display id.",
      args: listArgs("Only drafts matching."),
      filters: (args) => filtersOf(true, args),
      order: () => orderOf(null),
    }),
  };
});
