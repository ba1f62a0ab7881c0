import { ShoppingCart } from "../../sdk/icons.tsx";
import { graphql } from "../generated/gql/gql.ts";
import type { AdminOrderQuery } from "../generated/gql/graphql.ts";
import { OrderDetail } from "../orders/order-detail.tsx";
import { fulfillmentBadge, money, paymentBadge, statusBadge } from "../orders/status.tsx";
import { defineResource } from "./define.tsx";
import { when } from "./values.ts";

const List = graphql(`
  query AdminOrders($search: String, $first: Int, $after: String, $filter: OrderFilter) {
    orders(search: $search, first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id displayId email status paymentStatus fulfillmentStatus createdAt summary { total currencyCode } }
      }
    }
  }
`);

// The order with everything its page shows, and its returns (a root list filtered by order).
const Detail = graphql(`
  query AdminOrder($id: ID!) {
    order(id: $id) {
      id
      displayId
      email
      status
      paymentStatus
      fulfillmentStatus
      currencyCode
      createdAt
      canceledAt
      customerId
      shippingAddress { firstName lastName address1 city postalCode countryCode }
      items {
        id
        title
        variantTitle
        variantSku
        quantity
        unitPrice
        fulfilledQuantity
        shippedQuantity
        deliveredQuantity
        returnRequestedQuantity
        returnReceivedQuantity
        writtenOffQuantity
        totals { total }
      }
      shippingMethods { id name totals { total } }
      totals { itemSubtotal shippingTotal discountTotal taxTotal total }
      summary { total paidTotal refundedTotal pendingDifference }
      payments {
        id
        providerId
        amount
        currencyCode
        createdAt
        canceledAt
        captures { id amount createdAt }
        refunds { id amount createdAt note }
      }
      fulfillments(first: 50) {
        edges {
          node {
            id
            locationId
            createdAt
            shippedAt
            deliveredAt
            canceledAt
            items { id title quantity lineItemId }
            labels { id trackingNumber trackingUrl }
          }
        }
      }
    }
    returns(filter: { orderId: { eq: $id } }, first: 50) {
      edges { node { id status requestedAt receivedAt refundAmount items { id itemId quantity receivedQuantity damagedQuantity } } }
    }
  }
`);

/** The order as its detail page reads it (its returns beside it). */
export type AdminOrderRecord = AdminOrderQuery["order"] & {
  returns: AdminOrderQuery["returns"]["edges"][number]["node"][];
};

const pickOrder = (data: AdminOrderQuery): AdminOrderRecord => ({
  ...data.order,
  returns: data.returns.edges.map((e) => e.node),
});

const statuses = {
  pending: "Pending",
  completed: "Completed",
  canceled: "Canceled",
  archived: "Archived",
  requires_action: "Requires action",
};
const paymentStatuses = {
  AUTHORIZED: "Authorized",
  CAPTURED: "Captured",
  PARTIALLY_CAPTURED: "Partially captured",
  REFUNDED: "Refunded",
  PARTIALLY_REFUNDED: "Partially refunded",
  CANCELED: "Canceled",
  NOT_PAID: "Not paid",
};
const fulfillmentStatuses = {
  NOT_FULFILLED: "Not fulfilled",
  FULFILLED: "Fulfilled",
  SHIPPED: "Shipped",
  DELIVERED: "Delivered",
  PARTIALLY_FULFILLED: "Partially fulfilled",
  CANCELED: "Canceled",
};

export const orders = defineResource({
  path: "orders",
  title: "Orders",
  singular: "order",
  zone: "order",
  icon: ShoppingCart,
  section: "Orders",
  list: {
    query: List,
    pick: (d) => d.orders,
    columns: [
      { header: "Order", cell: (o) => `#${o.displayId}` },
      { header: "Payment", cell: (o) => paymentBadge(o.paymentStatus) },
      { header: "Customer", cell: (o) => o.email ?? "—" },
      { header: "Status", cell: (o) => statusBadge(o.status) },
      { header: "Fulfilment", cell: (o) => fulfillmentBadge(o.fulfillmentStatus) },
      { header: "Total", cell: (o) => money(o.summary.total, o.summary.currencyCode) },
      { header: "Date", cell: (o) => when(o.createdAt) },
    ],
    filters: [
      { param: "status", label: "Status", choices: statuses },
      { param: "payment", label: "Payment", choices: paymentStatuses },
      { param: "fulfillment", label: "Fulfilment", choices: fulfillmentStatuses },
    ],
    variables: ({ status, payment, fulfillment }) => ({
      filter: {
        ...(status ? { status: { eq: status } } : {}),
        ...(payment ? { paymentStatus: { eq: payment } } : {}),
        ...(fulfillment ? { fulfillmentStatus: { eq: fulfillment } } : {}),
      },
    }),
  },
  detail: {
    query: Detail,
    pick: pickOrder,
    heading: (o) => `Order #${o.displayId}`,
    properties: [
      { label: "Customer", value: (o) => o.email ?? "—" },
      { label: "Placed", value: (o) => when(o.createdAt) },
      { label: "Status", value: (o) => statusBadge(o.status) },
      { label: "Payment", value: (o) => paymentBadge(o.paymentStatus) },
      { label: "Fulfilment", value: (o) => fulfillmentBadge(o.fulfillmentStatus) },
      {
        label: "Ships to",
        value: (o) => {
          const a = o.shippingAddress;
          if (!a) return "—";
          const name = [a.firstName, a.lastName].filter(Boolean).join(" ");
          return [name, a.address1, [a.postalCode, a.city].filter(Boolean).join(" "), a.countryCode?.toUpperCase()]
            .filter(Boolean)
            .join(", ");
        },
      },
    ],
    Extra: OrderDetail,
  },
});
