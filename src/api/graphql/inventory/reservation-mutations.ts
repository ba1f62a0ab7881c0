import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { IdempotentDeleteInput, runMutationWorkflow } from "../../../framework/graphql/run-workflow.ts";
import { additionalData, workflowFields } from "../../../framework/graphql/workflow-inputs.ts";
import { singleOfBatch } from "../../../framework/graphql/single-of-batch.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import {
  createReservationsWorkflow,
  deleteReservationsWorkflow,
  updateReservationsWorkflow,
} from "../../../workflows/inventory/index.ts";
import { ReservationRef } from "../../../modules/inventory/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const positive = z.number().int().min(1, "must be at least 1");
const createSchema = z.object({
  inventoryItemId: z.string().min(1),
  locationId: z.string().min(1),
  quantity: positive,
  lineItemId: z.string().min(1).nullish(),
  description: z.string().nullish(),
  allowBackorder: z.boolean().nullish(),
});
const updateSchema = z.object({ id: z.string().min(1), quantity: positive });

const CreateReservationInput = builder.inputType("CreateReservationInput", {
  fields: (t) => ({
    inventoryItemId: t.id({ required: true }),
    locationId: t.id({ required: true }),
    quantity: t.int({ required: true }),
    lineItemId: t.id(),
    description: t.string(),
    allowBackorder: t.boolean({ description: "Reserve even beyond the available quantity. Default false." }),
    ...workflowFields(t),
  }),
});
const UpdateReservationInput = builder.inputType("UpdateReservationInput", {
  fields: (t) => ({ id: t.id({ required: true }), quantity: t.int({ required: true }), ...workflowFields(t) }),
});
const ReservationPayload = payloadType("ReservationPayload", "reservation", ReservationRef);

builder.mutationFields((t) => ({
  createReservation: t.field({
    authScopes: access.admin,
    type: ReservationPayload,
    description: "Reserves stock; more than is available is a NOT_ALLOWED userError unless allowBackorder.",
    args: { input: t.arg({ type: CreateReservationInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await singleOfBatch(() =>
          runMutationWorkflow(
            createReservationsWorkflow,
            ctx.scope,
            {
              additional_data: additionalData(args.input.additionalData),
              reservations: [
                {
                  inventory_item_id: input.inventoryItemId,
                  location_id: input.locationId,
                  quantity: input.quantity,
                  line_item_id: input.lineItemId ?? null,
                  description: input.description ?? null,
                  allow_backorder: input.allowBackorder ?? false,
                },
              ],
            },
            args.input.idempotencyKey,
          ),
        );
        return { reservation: await ctx.scope.resolve(Modules.INVENTORY).retrieveReservationItem(created?.id ?? "") };
      }),
  }),
  updateReservation: t.field({
    authScopes: access.admin,
    type: ReservationPayload,
    args: { input: t.arg({ type: UpdateReservationInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await runMutationWorkflow(
          updateReservationsWorkflow,
          ctx.scope,
          {
            additional_data: additionalData(args.input.additionalData),
            reservations: [{ id: input.id, quantity: input.quantity }],
          },
          args.input.idempotencyKey,
        );
        return { reservation: await ctx.scope.resolve(Modules.INVENTORY).retrieveReservationItem(input.id) };
      }),
  }),
  deleteReservation: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    description: "Deletes a reservation and releases its quantity.",
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deleteReservationsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
