import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { parseInput } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import {
  createCustomerGroupsWorkflow,
  linkCustomersToGroupWorkflow,
} from "../../../workflows/customer/customer-groups.ts";
import { CustomerGroupRef } from "../../../modules/customer/graphql/types.ts";

const CreateCustomerGroupInput = builder.inputType("CreateCustomerGroupInput", {
  fields: (t) => ({ name: t.string({ required: true }) }),
});
const AddCustomersToGroupInput = builder.inputType("AddCustomersToGroupInput", {
  fields: (t) => ({ groupId: t.id({ required: true }), customerIds: t.idList({ required: true }) }),
});
const CustomerGroupPayload = payloadType("CustomerGroupPayload", "customerGroup", CustomerGroupRef);

builder.mutationFields((t) => ({
  createCustomerGroup: t.field({
    authScopes: access.admin,
    type: CustomerGroupPayload,
    args: { input: t.arg({ type: CreateCustomerGroupInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(
          z.object({ name: z.string().trim().min(1, "must not be empty").max(200) }),
          args.input,
        );
        const { result } = await createCustomerGroupsWorkflow(ctx.scope).run({
          input: { customer_groups: [{ name: input.name }] },
        });
        return { customerGroup: result?.[0] };
      }),
  }),
  addCustomersToGroup: t.field({
    authScopes: access.admin,
    type: CustomerGroupPayload,
    args: { input: t.arg({ type: AddCustomersToGroupInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => ({
        customerGroup: (
          await linkCustomersToGroupWorkflow(ctx.scope).run({
            input: { group_id: args.input.groupId, customer_ids: args.input.customerIds },
          })
        ).result,
      })),
  }),
}));
