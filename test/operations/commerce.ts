import { graphql } from "../../src/generated/gql/index.ts";

export const CreateInventoryLevelMutation = graphql(`
  mutation CreateInventoryLevel($input: CreateInventoryLevelInput!) {
    createInventoryLevel(input: $input) { inventoryLevel { id locationId stockedQuantity reservedQuantity } userErrors { field message code } }
  }
`);

export const DeleteReservationMutation = graphql(`
  mutation DeleteReservation($input: IdempotentDeleteInput!) {
    deleteReservation(input: $input) { deletedId userErrors { field message code } }
  }
`);

export const UpdateTaxRateMutation = graphql(`
  mutation UpdateTaxRate($input: UpdateTaxRateInput!) {
    updateTaxRate(input: $input) { taxRate { id rate code rules { reference referenceId } } userErrors { field message code } }
  }
`);

export const DeleteStoreMutation = graphql(`
  mutation DeleteStore($input: IdempotentDeleteInput!) {
    deleteStore(input: $input) { deletedId userErrors { field message code } }
  }
`);

export const UpdateStockLocationMutation = graphql(`
  mutation UpdateStockLocation($input: UpdateStockLocationInput!) {
    updateStockLocation(input: $input) { stockLocation { id name address { city countryCode } } userErrors { field message code } }
  }
`);
