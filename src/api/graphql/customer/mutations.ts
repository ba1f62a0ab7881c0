import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeleteInput, DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { UserError, withUserErrors, type UserErrorShape } from "../../../framework/graphql/user-errors.ts";
import type { Row } from "../../../framework/modules/service-factory.ts";
import { registerCustomerWorkflow } from "../../../workflows/customer/register-customer.ts";
import { updateCustomerWorkflow } from "../../../workflows/customer/update-customer.ts";
import {
  createCustomerAddressWorkflow,
  deleteCustomerAddressWorkflow,
} from "../../../workflows/customer/customer-addresses.ts";
import { idempotencyKeyDescription, runMutationWorkflow } from "../../../framework/graphql/run-workflow.ts";
import { CustomerAddressRef, CustomerRef } from "../../../modules/customer/graphql/types.ts";

const name = z.string().trim().max(200).nullish();
const RegisterCustomerInput = builder.inputType("RegisterCustomerInput", {
  fields: (t) => ({
    firstName: t.string(),
    lastName: t.string(),
    phone: t.string(),
    companyName: t.string(),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const registerSchema = z.object({
  firstName: name,
  lastName: name,
  phone: z.string().trim().max(50).nullish(),
  companyName: name,
});
const UpdateCurrentCustomerInput = builder.inputType("UpdateCurrentCustomerInput", {
  fields: (t) => ({ firstName: t.string(), lastName: t.string(), phone: t.string(), companyName: t.string() }),
});
const AddressInput = builder.inputType("CustomerAddressInput", {
  fields: (t) => ({
    addressName: t.string(),
    firstName: t.string(),
    lastName: t.string(),
    company: t.string(),
    address1: t.string(),
    address2: t.string(),
    city: t.string(),
    countryCode: t.string(),
    province: t.string(),
    postalCode: t.string(),
    phone: t.string(),
    isDefaultShipping: t.boolean(),
    isDefaultBilling: t.boolean(),
  }),
});
const addressSchema = z.object({
  addressName: name,
  firstName: name,
  lastName: name,
  company: name,
  address1: name,
  address2: name,
  city: name,
  countryCode: z
    .string()
    .regex(/^[a-zA-Z]{2}$/, "must be a two-letter country code")
    .nullish(),
  province: name,
  postalCode: z.string().trim().max(20).nullish(),
  phone: z.string().trim().max(50).nullish(),
  isDefaultShipping: z.boolean().nullish(),
  isDefaultBilling: z.boolean().nullish(),
});
const CustomerPayload = payloadType("CustomerPayload", "customer", CustomerRef);
type RegisteredCustomer = { customer?: Row<"Customer"> | null; userErrors: UserErrorShape[] };
const RegisterCustomerPayload = builder.objectRef<RegisteredCustomer>("RegisterCustomerPayload").implement({
  fields: (t) => ({
    // The caller is not a customer until they refresh their token: grant them the new customer.
    customer: t.field({
      type: CustomerRef,
      nullable: true,
      grantScopes: ["newCustomer"],
      resolve: (p) => p.customer ?? null,
    }),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  registerCustomer: t.field({
    authScopes: access.registeringCustomer,
    description:
      "Creates the customer for the caller's new auth identity (from /auth/customer/emailpass/register), with its email; then refresh the token.",
    type: RegisterCustomerPayload,
    args: { input: t.arg({ type: RegisterCustomerInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(registerSchema, args.input);
        const customer = await runMutationWorkflow(
          registerCustomerWorkflow,
          ctx.scope,
          {
            customer: {
              authIdentityId: ctx.auth.authIdentityId ?? "",
              ...definedOnly({
                first_name: input.firstName,
                last_name: input.lastName,
                phone: input.phone,
                company_name: input.companyName,
              }),
            },
          },
          args.input.idempotencyKey,
        );
        return { customer };
      }),
  }),
  updateCurrentCustomer: t.field({
    authScopes: access.customer,
    type: CustomerPayload,
    args: { input: t.arg({ type: UpdateCurrentCustomerInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(registerSchema, args.input);
        const { result: customer } = await updateCustomerWorkflow(ctx.scope).run({
          input: {
            id: ctx.auth.actorId ?? "",
            ...definedOnly({
              first_name: input.firstName,
              last_name: input.lastName,
              phone: input.phone,
              company_name: input.companyName,
            }),
          },
        });
        return { customer };
      }),
  }),
  addCurrentCustomerAddress: t.field({
    authScopes: access.customer,
    type: payloadType("CustomerAddressPayload", "address", CustomerAddressRef),
    args: { input: t.arg({ type: AddressInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const a = parseInput(addressSchema, args.input);
        const { result: address } = await createCustomerAddressWorkflow(ctx.scope).run({
          input: {
            customer_id: ctx.auth.actorId ?? "",
            address: definedOnly({
              address_name: a.addressName,
              first_name: a.firstName,
              last_name: a.lastName,
              company: a.company,
              address_1: a.address1,
              address_2: a.address2,
              city: a.city,
              country_code: a.countryCode?.toLowerCase(),
              province: a.province,
              postal_code: a.postalCode,
              phone: a.phone,
              is_default_shipping: a.isDefaultShipping,
              is_default_billing: a.isDefaultBilling,
            }),
          },
        });
        return { address };
      }),
  }),
  deleteCurrentCustomerAddress: t.field({
    authScopes: access.customer,
    type: DeletePayload,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await deleteCustomerAddressWorkflow(ctx.scope).run({
          input: { customer_id: ctx.auth.actorId ?? "", id: args.input.id },
        });
        return { deletedId: args.input.id };
      }),
  }),
}));
