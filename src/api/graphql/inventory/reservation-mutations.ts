import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { columnsOf } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { Modules } from "../../../modules/index.ts";
import { ReservationRef } from "../../../modules/inventory/graphql/types.ts";
import {
  createReservationsWorkflow,
  deleteReservationsWorkflow,
  updateReservationsWorkflow,
} from "../../../workflows/inventory/index.ts";

const positive = z.number().int().min(1, "must be at least 1");
const createSchema = z.object({
  inventoryItemId: zodId().describe("The reserved inventory item."),
  locationId: zodId().describe("The stock location the units are reserved at."),
  quantity: positive.describe("How many units are reserved."),
  lineItemId: zodId().nullish().describe("The cart or order line the reservation is for."),
  description: z.string().nullish().describe("Why the units are reserved, for admins."),
  allowBackorder: z.boolean().nullish().describe("Reserve even beyond the available quantity. Default false."),
});
const updateSchema = z.object({
  id: zodId().describe("The reservation to update."),
  quantity: positive.describe("The new reserved quantity."),
});

const ReservationPayload = payloadType("ReservationPayload", "reservation", ReservationRef);
const retrieve = (ctx: GraphQLContext, id: string) => ctx.scope.resolve(Modules.INVENTORY).retrieveReservationItem(id);

workflowMutation("createReservation", {
  access: access.admin,
  description: "Reserves stock; more than is available is a NOT_ALLOWED userError unless allowBackorder.",
  input: { name: "CreateReservationInput", schema: createSchema },
  hooks: true,
  workflow: createReservationsWorkflow,
  workflowInput: (input) => ({
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
  }),
  payload: ReservationPayload,
  result: async ([created], _input, ctx) => ({ reservation: await retrieve(ctx, created?.id ?? "") }),
});

workflowMutation("updateReservation", {
  access: access.admin,
  description: "Changes a reservation's quantity within what is available.",
  input: { name: "UpdateReservationInput", schema: updateSchema },
  hooks: true,
  workflow: updateReservationsWorkflow,
  workflowInput: (input) => ({ reservations: [columnsOf(input)] }),
  payload: ReservationPayload,
  result: async (_output, input, ctx) => ({ reservation: await retrieve(ctx, input.id) }),
});

deleteMutation("deleteReservation", {
  access: access.admin,
  description: "Deletes a reservation and releases its quantity.",
  workflow: deleteReservationsWorkflow,
});
