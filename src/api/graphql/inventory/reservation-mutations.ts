import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
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

recordMutations("Reservation", {
  ref: ReservationRef,
  access: access.admin,
  batch: "reservations",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.INVENTORY).retrieveReservationItem(id),
  create: {
    description: "Reserves stock; more than is available is a NOT_ALLOWED userError unless allowBackorder.",
    schema: createSchema,
    workflow: createReservationsWorkflow,
    defaults: { line_item_id: null, description: null, allow_backorder: false },
  },
  update: {
    description: "Changes a reservation's quantity within what is available.",
    schema: updateSchema,
    workflow: updateReservationsWorkflow,
  },
  delete: { description: "Deletes a reservation and releases its quantity.", workflow: deleteReservationsWorkflow },
});
