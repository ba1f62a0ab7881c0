import { Tag } from "../../sdk/icons.tsx";
import { mutate } from "../api/hooks.ts";
import { graphql } from "../generated/gql/gql.ts";
import { defineResource } from "./define.tsx";
import { onceKey, optional, saved, text, when } from "./values.ts";

const List = graphql(`
  query AdminCollections($search: String, $first: Int, $after: String) {
    productCollections(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title handle createdAt } }
    }
  }
`);

const Detail = graphql(`
  query AdminCollection($id: ID!) {
    productCollection(id: $id) { id title handle createdAt }
  }
`);

const Create = graphql(`
  mutation AdminCreateCollection($input: CreateProductCollectionInput!) {
    createProductCollection(input: $input) {
      productCollection { id }
      userErrors { field message code }
    }
  }
`);

const Update = graphql(`
  mutation AdminUpdateCollection($input: UpdateProductCollectionInput!) {
    updateProductCollection(input: $input) {
      productCollection { id }
      userErrors { field message code }
    }
  }
`);

const Delete = graphql(`
  mutation AdminDeleteCollection($input: IdempotentDeleteInput!) {
    deleteProductCollection(input: $input) {
      deletedId
      userErrors { field message code }
    }
  }
`);

export const collections = defineResource({
  path: "collections",
  title: "Collections",
  singular: "collection",
  zone: "product_collection",
  icon: Tag,
  section: "Catalog",
  remove: async (id) =>
    (await mutate(Delete, { input: { id, idempotencyKey: onceKey() } })).deleteProductCollection.userErrors,
  list: {
    query: List,
    pick: (d) => d.productCollections,
    columns: [
      { header: "Title", cell: (c) => c.title },
      { header: "Handle", cell: (c) => c.handle },
      { header: "Created", cell: (c) => when(c.createdAt) },
    ],
  },
  detail: {
    query: Detail,
    pick: (d) => d.productCollection,
    heading: (c) => c.title,
    properties: [
      { label: "Handle", value: (c) => c.handle },
      { label: "Created", value: (c) => when(c.createdAt) },
    ],
  },
  form: {
    fields: [
      { name: "title", label: "Title", required: true },
      { name: "handle", label: "Handle", hint: "Made from the title when left empty." },
    ],
    blank: { title: "", handle: "" },
    values: (c) => ({ title: c.title, handle: c.handle }),
    create: async (v) => {
      const { createProductCollection: r } = await mutate(Create, {
        input: { title: text(v, "title"), handle: optional(v, "handle"), idempotencyKey: onceKey() },
      });
      return saved(r.productCollection, r.userErrors);
    },
    update: async (id, v) => {
      const { updateProductCollection: r } = await mutate(Update, {
        input: { id, title: text(v, "title"), handle: optional(v, "handle") },
      });
      return saved(r.productCollection, r.userErrors);
    },
  },
});
