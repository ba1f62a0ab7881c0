import { graphql } from "../../src/generated/gql/index.ts";

export const DomainEventsSubscription = graphql(`
  subscription DomainEvents($names: [String!]) {
    events(names: $names) {
      name
      actor { type id }
      workflowRun { workflowId transactionId }
      payload {
        __typename
        ... on RecordEventPayload { id }
        ... on AuthEventPayload { entityId actorType }
        ... on OtherEventPayload { data }
      }
      data
    }
  }
`);

export const CreateEventedProductMutation = graphql(`
  mutation CreateEventedProduct($input: CreateProductInput!) {
    createProduct(input: $input) { product { id } userErrors { code } }
  }
`);
