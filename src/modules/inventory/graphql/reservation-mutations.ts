import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { parseInput } from "../../../framework/graphql/inputs.ts";
import { DeleteInput, DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { singleOfBatch } from "../../../framework/graphql/single-of-batch.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { ReservationRef } from "./types.ts";

const positive = z.number().int().min(1, "must be at least 1");
const createSchema = z.object({
  inventoryItemId: z.string().min(1), locationId: z.string().min(1), quantity: positive,
  lineItemId: z.string().min(1).nullish(), description: z.string().nullish(), allowBackorder: z.boolean().nullish(),
});
const updateSchema = z.object({ id: z.string().min(1), quantity: positive });

const CreateReservationInput = builder.inputType("CreateReservationInput", {
  fields: (t) => ({
    inventoryItemId: t.id({ required: true }), locationId: t.id({ required: true }), quantity: t.int({ required: true }),
    lineItemId: t.id(), description: t.string(),
    allowBackorder: t.boolean({ description: "Reserve even beyond the available quantity. Default false." }),
  }),
});
const UpdateReservationInput = builder.inputType("UpdateReservationInput", {
  fields: (t) => ({ id: t.id({ required: true }), quantity: t.int({ required: true }) }),
});
const ReservationPayload = payloadType("ReservationPayload", "reservation", ReservationRef);

builder.mutationFields((t) => ({
  createReservation: t.field({
    authScopes: access.admin,
    type: ReservationPayload,
    description: "Reserves stock; more than is available is a NOT_ALLOWED userError unless allowBackorder.",
    args: { input: t.arg({ type: CreateReservationInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(createSchema, args.input);
      const service = ctx.scope.resolve("inventory");
      await service.retrieveInventoryItem(input.inventoryItemId);
      const [reservation] = await singleOfBatch(() => service.createReservations([{
        inventory_item_id: input.inventoryItemId, location_id: input.locationId, quantity: input.quantity,
        line_item_id: input.lineItemId ?? null, description: input.description ?? null, allow_backorder: input.allowBackorder ?? false,
      }]));
      return { reservation };
    }),
  }),
  updateReservation: t.field({
    authScopes: access.admin,
    type: ReservationPayload,
    args: { input: t.arg({ type: UpdateReservationInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(updateSchema, args.input);
      return { reservation: await ctx.scope.resolve("inventory").updateReservationQuantity(input.id, input.quantity) };
    }),
  }),
  deleteReservation: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    description: "Deletes a reservation and releases its quantity.",
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const service = ctx.scope.resolve("inventory");
      await service.retrieveReservationItem(args.input.id);
      await service.deleteReservations([args.input.id]);
      return { deletedId: args.input.id };
    }),
  }),
}));
