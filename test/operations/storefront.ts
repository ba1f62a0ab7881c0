import { graphql } from "../../src/generated/gql/index.ts";

/** A shop's products in the shopper's country: sorted and filtered by price, each with its price range. */
export const ShopProductsQuery = graphql(`
  query ShopProducts($country: CountryCode, $currency: CurrencyCode, $first: Int, $filter: ProductFilter, $sort: [ProductSort!])
  @inContext(country: $country, currency: $currency) {
    products(first: $first, filter: $filter, sort: $sort) {
      totalCount
      edges {
        node {
          handle
          priceRange { min { amount currencyCode } max { amount currencyCode } }
          variants {
            sku
            calculatedPrice {
              calculated { amount currencyCode }
              original { amount currencyCode }
              calculatedWithTax { amount currencyCode }
              taxLines { rate }
            }
          }
        }
      }
    }
  }
`);

/** The same page with a per-field context beside the request's. */
export const ShopPriceOverrideQuery = graphql(`
  query ShopPriceOverride($country: CountryCode, $context: PriceContextInput) @inContext(country: $country) {
    products(first: 5, sort: [{ field: PRICE }]) {
      edges { node { handle variants { sku inContext: calculatedPrice { calculatedAmount } own: calculatedPrice(context: $context) { calculatedAmount currencyCode } } } }
    }
  }
`);

/** What a storefront renders the shop frame from. */
export const ShopStoreQuery = graphql(`
  query ShopStore {
    store { name defaultCurrencyCode defaultSalesChannelId supportedCurrencies { currencyCode isDefault } defaultRegion { id name currencyCode } countries }
  }
`);

/** A category page: the category, its children, its products sorted by price, in the shopper's country. */
export const CategoryPageQuery = graphql(`
  query CategoryPage($handle: String!, $country: CountryCode, $filter: ProductFilter, $sort: [ProductSort!])
  @inContext(country: $country) {
    productCategory(handle: $handle) {
      name
      parentCategory { name }
      children(first: 10) { totalCount edges { node { name parentCategory { name } } } }
      products(first: 10, filter: $filter, sort: $sort) {
        totalCount
        edges { node { handle priceRange { min { amount currencyCode } } } }
      }
    }
  }
`);

/** A collection page. */
export const CollectionPageQuery = graphql(`
  query CollectionPage($handle: String!) {
    productCollection(handle: $handle) { title products(first: 10, sort: [{ field: HANDLE }]) { totalCount edges { node { handle } } } }
  }
`);

/** Facets for the current product filter, with price bands in the shopper's country. */
export const ShopFacetsQuery = graphql(`
  query ShopFacets($country: CountryCode, $filter: ProductFilter, $bands: [String!]) @inContext(country: $country) {
    productFacets(filter: $filter, priceBands: $bands) {
      categories { id label count }
      collections { label count }
      tags { label count }
      optionValues { option label count }
      priceBands { min { amount currencyCode } max { amount } count }
    }
  }
`);

/** One page of a category's products in the shopper's country, with the cursors to page on. */
export const CategoryProductsPageQuery = graphql(`
  query CategoryProductsPage(
    $handle: String!
    $country: CountryCode
    $filter: ProductFilter
    $sort: [ProductSort!]
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) @inContext(country: $country) {
    productCategory(handle: $handle) {
      products(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {
        edges { cursor node { handle priceRange { min { amount currencyCode } } } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`);
