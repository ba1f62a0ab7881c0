import { graphql } from "../../src/generated/gql/index.ts";

export const CreateStockedProductMutation = graphql(`
  mutation CreateStockedProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product {
        id
        variants {
          id
          sku
          manageInventory
          inventoryItems { edges { link { requiredQuantity } node { id sku title } } }
        }
      }
      userErrors { field message code }
    }
  }
`);

export const CreateStockedVariantMutation = graphql(`
  mutation CreateStockedVariant($input: CreateProductVariantInput!) {
    createProductVariant(input: $input) {
      productVariant { id inventoryItems { edges { link { requiredQuantity } node { id sku } } } }
      userErrors { field message code }
    }
  }
`);

export const LinkInventoryItemToVariantMutation = graphql(`
  mutation LinkInventoryItemToVariant($input: LinkInventoryItemToVariantInput!) {
    linkInventoryItemToVariant(input: $input) {
      productVariant { id inventoryItems { edges { link { requiredQuantity } node { id sku } } } }
      userErrors { field message code }
    }
  }
`);

export const AdjustInventoryLevelMutation = graphql(`
  mutation AdjustInventoryLevel($input: AdjustInventoryLevelInput!) {
    adjustInventoryLevel(input: $input) {
      inventoryLevel { id stockedQuantity reservedQuantity }
      userErrors { field message code }
    }
  }
`);
