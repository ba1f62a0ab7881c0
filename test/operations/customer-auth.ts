import { graphql } from "../../src/generated/gql/index.ts";

export const RequestCustomerRegistration = graphql(`
  mutation RequestCustomerRegistration($input: RequestCustomerRegistrationInput!) {
    requestCustomerRegistration(input: $input) { verificationRequired token userErrors { field message code } }
  }
`);

export const VerifyCustomerEmail = graphql(`
  mutation VerifyCustomerEmail($input: VerifyCustomerEmailInput!) {
    verifyCustomerEmail(input: $input) { token customer { id email firstName } userErrors { field message code } }
  }
`);

export const LogInCustomer = graphql(`
  mutation LogInCustomer($input: LogInCustomerInput!) {
    logInCustomer(input: $input) { token customer { id email } userErrors { field message code } }
  }
`);

export const LogOutCustomer = graphql(`
  mutation LogOutCustomer { logOutCustomer { done userErrors { code } } }
`);

export const RefreshCustomerToken = graphql(`
  mutation RefreshCustomerToken { refreshCustomerToken { token customer { id } userErrors { code } } }
`);

export const RequestCustomerPasswordReset = graphql(`
  mutation RequestCustomerPasswordReset($input: RequestCustomerPasswordResetInput!) {
    requestCustomerPasswordReset(input: $input) { done userErrors { field code } }
  }
`);

export const ResetCustomerPassword = graphql(`
  mutation ResetCustomerPassword($input: ResetCustomerPasswordInput!) {
    resetCustomerPassword(input: $input) { done userErrors { field message code } }
  }
`);

export const UpdateCurrentCustomerPassword = graphql(`
  mutation UpdateCurrentCustomerPassword($input: UpdateCurrentCustomerPasswordInput!) {
    updateCurrentCustomerPassword(input: $input) { done userErrors { field message code } }
  }
`);

export const UpdateCurrentCustomerEmail = graphql(`
  mutation UpdateCurrentCustomerEmail($input: UpdateCurrentCustomerEmailInput!) {
    updateCurrentCustomerEmail(input: $input) { customer { id email } userErrors { field message code } }
  }
`);

export const AddCurrentCustomerAddress = graphql(`
  mutation AddCurrentCustomerAddress($input: CustomerAddressInput!) {
    addCurrentCustomerAddress(input: $input) { address { id city isDefaultShipping } userErrors { field code } }
  }
`);

export const UpdateCurrentCustomerAddress = graphql(`
  mutation UpdateCurrentCustomerAddress($input: UpdateCustomerAddressInput!) {
    updateCurrentCustomerAddress(input: $input) { address { id city postalCode isDefaultShipping } userErrors { field message code } }
  }
`);

export const CurrentCustomer = graphql(`
  query CurrentCustomer {
    currentCustomer { id email firstName addresses { id city isDefaultShipping } groups { id name } }
  }
`);

export const CreateCustomerGroup = graphql(`
  mutation CreateCustomerGroup($input: CreateCustomerGroupInput!) {
    createCustomerGroup(input: $input) { customerGroup { id } userErrors { field message code } }
  }
`);

export const AddCustomersToGroup = graphql(`
  mutation AddCustomersToGroup($input: AddCustomersToGroupInput!) {
    addCustomersToGroup(input: $input) { customerGroup { id } userErrors { code } }
  }
`);
