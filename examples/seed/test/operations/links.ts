import { graphql } from "../../../../src/generated/gql-seed/index.ts";

/** Products with their brand, and that brand's products (two hops through one link). */
export const ProductsWithBrandQuery = graphql(`
  query ProductsWithBrand($first: Int, $after: String, $filter: ProductFilter, $sort: [ProductSort!], $search: String) {
    products(first: $first, after: $after, filter: $filter, sort: $sort, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id title handle
          variants { sku }
          brand {
            id name
            featuredProduct { id title }
            products(first: 3) {
              totalCount
              edges { link { metadata } node { id title variants { sku options { value } } } }
            }
          }
        }
      }
    }
  }
`);

export const BrandsWithProductsQuery = graphql(`
  query BrandsWithProducts($first: Int, $filter: BrandFilter, $sort: [BrandSort!], $productsFirst: Int, $productsAfter: String) {
    brands(first: $first, filter: $filter, sort: $sort) {
      totalCount
      edges {
        node {
          id name handle
          featuredProduct { title }
          products(first: $productsFirst, after: $productsAfter) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor link { metadata createdAt } node { id title brand { name } } }
          }
        }
      }
    }
  }
`);

export const ProductBrandLinksQuery = graphql(`
  query ProductBrandLinks($filter: ProductBrandLinkFilter) {
    productBrandLinks(filter: $filter) {
      totalCount
      edges { node { productId brandId metadata createdAt product { title } brand { name } } }
    }
  }
`);

export const CreateBrandMutation = graphql(`
  mutation CreateBrand($input: CreateBrandInput!) {
    createBrand(input: $input) { brand { id name handle featuredProductId } userErrors { field message code } }
  }
`);

export const UpdateBrandMutation = graphql(`
  mutation UpdateBrand($input: UpdateBrandInput!) {
    updateBrand(input: $input) { brand { id name featuredProduct { title } } userErrors { field message code } }
  }
`);

export const DeleteBrandMutation = graphql(`
  mutation DeleteBrand($id: ID!) {
    deleteBrand(input: { id: $id }) { deletedId userErrors { field message code } }
  }
`);
