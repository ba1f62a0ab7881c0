import { Link } from "react-router-dom";
import { Badge } from "../../sdk/components.tsx";
import { FolderOpen } from "../../sdk/icons.tsx";
import { mutate, useQuery } from "../api/hooks.ts";
import { graphql } from "../generated/gql/gql.ts";
import { defineResource } from "./define.tsx";
import { flag, onceKey, optional, saved, text } from "./values.ts";

const List = graphql(`
  query AdminCategories($search: String, $first: Int, $after: String) {
    productCategories(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name handle isActive isInternal parentCategory { id name } } }
    }
  }
`);

const Detail = graphql(`
  query AdminCategory($id: ID!) {
    productCategory(id: $id) {
      id
      name
      handle
      description
      isActive
      isInternal
      parentCategory { id name }
      categoryChildren { id name }
    }
  }
`);

// The parent select's choices: the first 200 categories by name.
const Choices = graphql(`
  query AdminCategoryChoices {
    productCategories(first: 200, sort: [{ field: NAME, direction: ASC }]) { edges { node { id name } } }
  }
`);

const Create = graphql(`
  mutation AdminCreateCategory($input: CreateProductCategoryInput!) {
    createProductCategory(input: $input) {
      productCategory { id }
      userErrors { field message code }
    }
  }
`);

const Update = graphql(`
  mutation AdminUpdateCategory($input: UpdateProductCategoryInput!) {
    updateProductCategory(input: $input) {
      productCategory { id }
      userErrors { field message code }
    }
  }
`);

function useCategoryChoices() {
  const { data } = useQuery(Choices, {});
  return data?.productCategories.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [];
}

const visibility = (c: { isActive: boolean; isInternal: boolean }) => (
  <>
    <Badge color={c.isActive ? "green" : "grey"}>{c.isActive ? "active" : "inactive"}</Badge>{" "}
    {c.isInternal && <Badge>internal</Badge>}
  </>
);

const categoryLink = (c: { id: string; name: string }) => (
  <Link to={`/categories/${encodeURIComponent(c.id)}`}>{c.name}</Link>
);

const Delete = graphql(`
  mutation AdminDeleteCategory($input: IdempotentDeleteInput!) {
    deleteProductCategory(input: $input) {
      deletedId
      userErrors { field message code }
    }
  }
`);

export const categories = defineResource({
  path: "categories",
  title: "Categories",
  singular: "category",
  zone: "product_category",
  icon: FolderOpen,
  section: "Catalog",
  remove: async (id) =>
    (await mutate(Delete, { input: { id, idempotencyKey: onceKey() } })).deleteProductCategory.userErrors,
  list: {
    query: List,
    pick: (d) => d.productCategories,
    columns: [
      { header: "Name", cell: (c) => c.name },
      { header: "Handle", cell: (c) => c.handle },
      { header: "Parent", cell: (c) => c.parentCategory?.name ?? "—" },
      { header: "Status", cell: visibility },
    ],
  },
  detail: {
    query: Detail,
    pick: (d) => d.productCategory,
    heading: (c) => c.name,
    properties: [
      { label: "Handle", value: (c) => c.handle },
      { label: "Description", value: (c) => c.description || "—" },
      { label: "Status", value: visibility },
      { label: "Parent", value: (c) => (c.parentCategory ? categoryLink(c.parentCategory) : "—") },
      {
        label: "Subcategories",
        value: (c) =>
          c.categoryChildren.length
            ? c.categoryChildren.map((child, i) => (
                <span key={child.id}>
                  {i > 0 && ", "}
                  {categoryLink(child)}
                </span>
              ))
            : "—",
      },
    ],
  },
  form: {
    fields: [
      { name: "name", label: "Name", required: true },
      { name: "handle", label: "Handle", hint: "Made from the name when left empty." },
      { name: "description", label: "Description", kind: "textarea" },
      { name: "parentCategoryId", label: "Parent category", useOptions: useCategoryChoices },
      { name: "isActive", label: "Active (shown in the store)", kind: "checkbox" },
      { name: "isInternal", label: "Internal (hidden from customers)", kind: "checkbox" },
    ],
    blank: { name: "", handle: "", description: "", parentCategoryId: "", isActive: true, isInternal: false },
    values: (c) => ({
      name: c.name,
      handle: c.handle,
      description: c.description,
      parentCategoryId: c.parentCategory?.id ?? "",
      isActive: c.isActive,
      isInternal: c.isInternal,
    }),
    create: async (v) => {
      const { createProductCategory: r } = await mutate(Create, {
        input: {
          name: text(v, "name"),
          handle: optional(v, "handle"),
          description: text(v, "description"),
          parentCategoryId: optional(v, "parentCategoryId"),
          isActive: flag(v, "isActive"),
          isInternal: flag(v, "isInternal"),
          idempotencyKey: onceKey(),
        },
      });
      return saved(r.productCategory, r.userErrors);
    },
    update: async (id, v) => {
      const parent = optional(v, "parentCategoryId");
      const { updateProductCategory: r } = await mutate(Update, {
        input: {
          id,
          name: text(v, "name"),
          handle: optional(v, "handle"),
          description: text(v, "description"),
          ...(parent ? { parentCategoryId: parent } : { moveToRoot: true }),
          isActive: flag(v, "isActive"),
          isInternal: flag(v, "isInternal"),
        },
      });
      return saved(r.productCategory, r.userErrors);
    },
  },
});
