import type { ObjectFieldBuilder } from "@pothos/core";
import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { type BuilderTypes, builder } from "../../../framework/graphql/builder.ts";
import { columnsOf } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { UserError, type UserErrorShape } from "../../../framework/graphql/user-errors.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { DeleteInput, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import type { Row } from "../../../framework/modules/service-factory.ts";
import { CustomerAddressRef, CustomerRef } from "../../../modules/customer/graphql/types.ts";
import {
  createCustomerAddressWorkflow,
  deleteCustomerAddressWorkflow,
  updateCustomerAddressWorkflow,
} from "../../../workflows/customer/customer-addresses.ts";
import { registerCustomerWorkflow } from "../../../workflows/customer/register-customer.ts";
import { updateCustomerWorkflow } from "../../../workflows/customer/update-customer.ts";

const name = z.string().trim().max(200).nullish();
/** The customer's own profile fields (registration and updates). */
export const profileSchema = z.object({
  firstName: name.describe("Given name."),
  lastName: name.describe("Family name."),
  phone: z.string().trim().max(50).nullish().describe("A phone number, as the customer writes it."),
  companyName: name.describe("The company the customer buys for."),
});
const addressSchema = z.object({
  addressName: name.describe("A label for the address, e.g. Home."),
  firstName: name.describe("Given name of the recipient."),
  lastName: name.describe("Family name of the recipient."),
  company: name.describe("Company of the recipient."),
  address1: name.describe("Street and number."),
  address2: name.describe("Apartment, floor, suite."),
  city: name.describe("City or town."),
  countryCode: z
    .string()
    .regex(/^[a-zA-Z]{2}$/, "must be a two-letter country code")
    .transform((code) => code.toLowerCase())
    .nullish()
    .describe("ISO 3166-1 alpha-2."),
  province: name.describe("State, province or region."),
  postalCode: z.string().trim().max(20).nullish().describe("Postal or ZIP code."),
  phone: z.string().trim().max(50).nullish().describe("A phone number for the carrier."),
  isDefaultShipping: z
    .boolean()
    .nullish()
    .describe("Make it the default shipping address (the old default loses the flag)."),
  isDefaultBilling: z
    .boolean()
    .nullish()
    .describe("Make it the default billing address (the old default loses the flag)."),
});

const CustomerAddressPayload = payloadType("CustomerAddressPayload", "address", CustomerAddressRef);
export const CustomerPayload = payloadType("CustomerPayload", "customer", CustomerRef);

/**
 * The `customer` field of a payload answering the customer the caller just became (registered,
 * logged in): the request's token does not name them yet, so it grants them.
 */
export const newCustomerField = <P extends { customer?: Row<"Customer"> | null }>(
  t: ObjectFieldBuilder<BuilderTypes, P>,
) => t.field({ type: CustomerRef, nullable: true, grantScopes: ["newCustomer"], resolve: (p) => p.customer ?? null });

type RegisteredCustomer = { customer?: Row<"Customer"> | null; userErrors: UserErrorShape[] };
const RegisterCustomerPayload = builder.objectRef<RegisteredCustomer>("RegisterCustomerPayload").implement({
  fields: (t) => ({
    customer: newCustomerField(t),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
  }),
});

/** The logged-in customer's id (access.customer guarantees one). */
export const customerId = (ctx: { auth: { actorId: string | null } }) => ctx.auth.actorId ?? "";
/** An address input's given fields as columns (`address1` is the column `address_1`). */
const addressColumns = ({ address1, address2, ...rest }: Partial<z.output<typeof addressSchema>>) => ({
  ...columnsOf(rest),
  ...columnsOf({ address_1: address1, address_2: address2 }),
});

workflowMutation("registerCustomer", {
  access: access.registeringCustomer,
  description:
    "Creates the customer for the caller's new auth identity (from /auth/customer/emailpass/register), with its email; then refresh the token.",
  input: { name: "RegisterCustomerInput", schema: profileSchema },
  workflow: registerCustomerWorkflow,
  workflowInput: (input, ctx) => ({ customer: { authIdentityId: ctx.auth.authIdentityId ?? "", ...columnsOf(input) } }),
  payload: RegisterCustomerPayload,
  result: (customer) => ({ customer }),
});

workflowMutation("updateCurrentCustomer", {
  access: access.customer,
  description: "Updates the logged-in customer's name, phone and company.",
  input: { name: "UpdateCurrentCustomerInput", schema: profileSchema },
  workflow: updateCustomerWorkflow,
  workflowInput: (input, ctx) => ({ id: customerId(ctx), ...columnsOf(input) }),
  payload: CustomerPayload,
  result: (customer) => ({ customer }),
});

workflowMutation("addCurrentCustomerAddress", {
  access: access.customer,
  description: "Adds an address to the logged-in customer's address book.",
  input: { name: "CustomerAddressInput", schema: addressSchema },
  workflow: createCustomerAddressWorkflow,
  workflowInput: (input, ctx) => ({ customer_id: customerId(ctx), address: addressColumns(input) }),
  payload: CustomerAddressPayload,
  result: (address) => ({ address }),
});

workflowMutation("updateCurrentCustomerAddress", {
  access: access.customer,
  description:
    "Changes one of the logged-in customer's addresses (fields left out or null keep their value); a new default takes the flag from the old one. Another customer's address is NOT_FOUND.",
  input: {
    name: "UpdateCustomerAddressInput",
    schema: addressSchema.extend({ id: zodId().describe("The address to change.") }),
  },
  workflow: updateCustomerAddressWorkflow,
  workflowInput: ({ id, ...address }, ctx) => ({ customer_id: customerId(ctx), id, address: addressColumns(address) }),
  payload: CustomerAddressPayload,
  result: (address) => ({ address }),
});

workflowMutation("deleteCurrentCustomerAddress", {
  access: access.customer,
  description: "Deletes one of the logged-in customer's addresses; another customer's address is NOT_FOUND.",
  input: DeleteInput,
  workflow: deleteCustomerAddressWorkflow,
  workflowInput: ({ id }, ctx) => ({ customer_id: customerId(ctx), id }),
  payload: DeletePayload,
  result: (_output, { id }) => ({ deletedId: id }),
});
