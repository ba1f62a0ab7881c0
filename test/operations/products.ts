import { graphql } from "../../src/generated/gql/index.ts";

/** The storefront product page: a page of products with variants, options, images and categories. */
export const ProductPageQuery = graphql(`
  query ProductPage($first: Int, $after: String, $filter: ProductFilter, $search: String, $sort: [ProductSort!]) {
    products(first: $first, after: $after, filter: $filter, search: $search, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id title handle status
          variants { id title sku options { value option { title } } }
          options { title values { value } }
          images { url rank }
          categories { id name }
          tags { value }
          collection { title }
        }
      }
    }
  }
`);

export const ProductByHandleQuery = graphql(`
  query ProductByHandle($handle: String, $id: ID) {
    product(handle: $handle, id: $id) { id title handle description variants { sku } }
  }
`);

export const NodeQuery = graphql(`
  query Node($id: ID!) {
    node(id: $id) { __typename id ... on Product { title } ... on ProductVariant { sku } }
  }
`);

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product { id title handle variants { title sku options { value } } options { title values { value } } images { url rank } }
      userErrors { field message code }
    }
  }
`);

export const UpdateProductMutation = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      product { id title handle status tags { value } images { url rank } }
      userErrors { field message code }
    }
  }
`);

export const DeleteProductMutation = graphql(`
  mutation DeleteProduct($id: ID!) {
    deleteProduct(input: { id: $id }) { deletedId userErrors { field message code } }
  }
`);
