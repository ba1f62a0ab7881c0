import { Badge } from "../../sdk/components.tsx";
import { ShoppingCart } from "../../sdk/icons.tsx";
import { mutate } from "../api/hooks.ts";
import { graphql } from "../generated/gql/gql.ts";
import { defineResource } from "./define.tsx";
import { flag, onceKey, optional, saved, text, when } from "./values.ts";

const List = graphql(`
  query AdminSalesChannels($search: String, $first: Int, $after: String) {
    salesChannels(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name description isDisabled } }
    }
  }
`);

// No root field reads one channel: node(id) does.
const Detail = graphql(`
  query AdminSalesChannel($id: ID!) {
    node(id: $id) {
      __typename
      ... on SalesChannel {
        id
        name
        description
        isDisabled
        createdAt
        products(first: 0) { totalCount }
        stockLocations(first: 20) { edges { node { id name } } }
      }
    }
  }
`);

const Create = graphql(`
  mutation AdminCreateSalesChannel($input: CreateSalesChannelInput!) {
    createSalesChannel(input: $input) {
      salesChannel { id }
      userErrors { field message code }
    }
  }
`);

const Update = graphql(`
  mutation AdminUpdateSalesChannel($input: UpdateSalesChannelInput!) {
    updateSalesChannel(input: $input) {
      salesChannel { id }
      userErrors { field message code }
    }
  }
`);

const status = (c: { isDisabled: boolean }) => (
  <Badge color={c.isDisabled ? "grey" : "green"}>{c.isDisabled ? "disabled" : "enabled"}</Badge>
);

const Delete = graphql(`
  mutation AdminDeleteSalesChannel($input: IdempotentDeleteInput!) {
    deleteSalesChannel(input: $input) {
      deletedId
      userErrors { field message code }
    }
  }
`);

export const salesChannels = defineResource({
  path: "sales-channels",
  title: "Sales channels",
  singular: "sales channel",
  zone: "sales_channel",
  icon: ShoppingCart,
  section: "Store",
  remove: async (id) =>
    (await mutate(Delete, { input: { id, idempotencyKey: onceKey() } })).deleteSalesChannel.userErrors,
  list: {
    query: List,
    pick: (d) => d.salesChannels,
    columns: [
      { header: "Name", cell: (c) => c.name },
      { header: "Description", cell: (c) => c.description ?? "" },
      { header: "Status", cell: status },
    ],
  },
  detail: {
    query: Detail,
    pick: (d) => (d.node?.__typename === "SalesChannel" ? d.node : null),
    heading: (c) => c.name,
    properties: [
      { label: "Description", value: (c) => c.description || "—" },
      { label: "Status", value: status },
      { label: "Products", value: (c) => c.products.totalCount },
      {
        label: "Stock locations",
        value: (c) => c.stockLocations.edges.map(({ node }) => node.name).join(", ") || "—",
      },
      { label: "Created", value: (c) => when(c.createdAt) },
    ],
  },
  form: {
    fields: [
      { name: "name", label: "Name", required: true },
      { name: "description", label: "Description", kind: "textarea" },
      { name: "isDisabled", label: "Disabled (no sales through this channel)", kind: "checkbox" },
    ],
    blank: { name: "", description: "", isDisabled: false },
    values: (c) => ({ name: c.name, description: c.description ?? "", isDisabled: c.isDisabled }),
    create: async (v) => {
      const { createSalesChannel: r } = await mutate(Create, {
        input: {
          name: text(v, "name"),
          description: optional(v, "description"),
          isDisabled: flag(v, "isDisabled"),
          idempotencyKey: onceKey(),
        },
      });
      return saved(r.salesChannel, r.userErrors);
    },
    update: async (id, v) => {
      const { updateSalesChannel: r } = await mutate(Update, {
        input: {
          id,
          name: text(v, "name"),
          description: optional(v, "description"),
          isDisabled: flag(v, "isDisabled"),
        },
      });
      return saved(r.salesChannel, r.userErrors);
    },
  },
});
