import { graphql } from "../../src/generated/gql/index.ts";

export const CreateShippingProfileMutation = graphql(`
  mutation CreateShippingProfile($input: CreateShippingProfileInput!) {
    createShippingProfile(input: $input) { shippingProfile { id name type } userErrors { field message code } }
  }
`);

export const CreateFulfillmentSetMutation = graphql(`
  mutation CreateFulfillmentSet($input: CreateFulfillmentSetInput!) {
    createFulfillmentSet(input: $input) {
      fulfillmentSet { id name type stockLocation { id } serviceZones { id name geoZones { type countryCode provinceCode postalExpression } } }
      userErrors { field message code }
    }
  }
`);

export const UpdateServiceZoneMutation = graphql(`
  mutation UpdateServiceZone($input: UpdateServiceZoneInput!) {
    updateServiceZone(input: $input) { serviceZone { id geoZones { type countryCode } } userErrors { field message code } }
  }
`);

export const CreateShippingOptionMutation = graphql(`
  mutation CreateShippingOption($input: CreateShippingOptionInput!) {
    createShippingOption(input: $input) {
      shippingOption { id name priceType providerId type { label code } rules { attribute operator value } priceSet { prices { amount currencyCode } } }
      userErrors { field message code }
    }
  }
`);

export const UpdateShippingOptionMutation = graphql(`
  mutation UpdateShippingOption($input: UpdateShippingOptionInput!) {
    updateShippingOption(input: $input) { shippingOption { id name } userErrors { field message code } }
  }
`);

export const DeleteShippingOptionMutation = graphql(`
  mutation DeleteShippingOption($input: IdempotentDeleteInput!) {
    deleteShippingOption(input: $input) { deletedId userErrors { field message code } }
  }
`);

export const AvailableShippingOptionsQuery = graphql(`
  query AvailableShippingOptions($context: ShippingOptionsContextInput!) {
    availableShippingOptions(context: $context) { id name amount currencyCode isTaxInclusive type { label code } }
  }
`);
