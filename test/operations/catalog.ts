import { graphql } from "../../src/generated/gql/index.ts";

export const CreateRegionMutation = graphql(`
  mutation CreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) { region { id name currencyCode countries isTaxInclusive } userErrors { field message code } }
  }
`);

export const UpdateRegionMutation = graphql(`
  mutation UpdateRegion($input: UpdateRegionInput!) {
    updateRegion(input: $input) { region { id countries isTaxInclusive } userErrors { field message code } }
  }
`);

export const RegionsQuery = graphql(`
  query Regions($filter: RegionFilter, $search: String) {
    regions(filter: $filter, search: $search) { totalCount edges { node { id name currencyCode countries isTaxInclusive } } }
  }
`);

export const CreateStoreMutation = graphql(`
  mutation CreateStore($input: CreateStoreInput!) {
    createStore(input: $input) { store { id name defaultCurrencyCode supportedCurrencies { currencyCode isDefault } } userErrors { field message code } }
  }
`);

export const CurrenciesQuery = graphql(`
  query Currencies($search: String) {
    currencies(search: $search, first: 50) { totalCount edges { node { code decimalDigits symbol } } }
  }
`);

export const CreatePriceSetMutation = graphql(`
  mutation CreatePriceSet($input: CreatePriceSetInput!) {
    createPriceSet(input: $input) { priceSet { id prices { amount currencyCode minQuantity rules { attribute value } } } userErrors { field message code } }
  }
`);

export const CreatePriceListMutation = graphql(`
  mutation CreatePriceList($input: CreatePriceListInput!) {
    createPriceList(input: $input) { priceList { id type status rules { attribute values } prices { amount } } userErrors { field message code } }
  }
`);

export const CalculatedPricesQuery = graphql(`
  query CalculatedPrices($priceSetIds: [ID!]!, $context: PricingContextInput!) {
    calculatedPrices(priceSetIds: $priceSetIds, context: $context) {
      id calculatedAmount originalAmount currencyCode isCalculatedPricePriceList isCalculatedPriceTaxInclusive
      calculatedPrice { priceListId priceListType }
    }
  }
`);

export const CreateStockLocationMutation = graphql(`
  mutation CreateStockLocation($input: CreateStockLocationInput!) {
    createStockLocation(input: $input) { stockLocation { id name address { city countryCode } } userErrors { field message code } }
  }
`);

export const CreateInventoryItemMutation = graphql(`
  mutation CreateInventoryItem($input: CreateInventoryItemInput!) {
    createInventoryItem(input: $input) { inventoryItem { id sku availableQuantity levels { locationId stockedQuantity } } userErrors { field message code } }
  }
`);

export const CreateReservationMutation = graphql(`
  mutation CreateReservation($input: CreateReservationInput!) {
    createReservation(input: $input) { reservation { id quantity inventoryItem { availableQuantity } } userErrors { field message code } }
  }
`);

export const InventoryPageQuery = graphql(`
  query InventoryPage($first: Int, $locationIds: [ID!]) {
    inventoryItems(first: $first, sort: [{ field: SKU }]) {
      edges { node { sku availableQuantity(locationIds: $locationIds) reservedQuantity levels { availableQuantity } } }
    }
  }
`);

export const CreateTaxRegionMutation = graphql(`
  mutation CreateTaxRegion($input: CreateTaxRegionInput!) {
    createTaxRegion(input: $input) { taxRegion { id countryCode provinceCode taxRates { rate code isDefault } } userErrors { field message code } }
  }
`);

export const CreateTaxRateMutation = graphql(`
  mutation CreateTaxRate($input: CreateTaxRateInput!) {
    createTaxRate(input: $input) { taxRate { id rate rules { reference referenceId } } userErrors { field message code } }
  }
`);

export const TaxLinesQuery = graphql(`
  query TaxLines($items: [TaxableItemInput!]!, $address: TaxAddressInput!) {
    taxLines(items: $items, address: $address) { itemId rate code providerId }
  }
`);
