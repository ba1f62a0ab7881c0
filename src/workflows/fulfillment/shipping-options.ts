import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { FulfillmentEvents } from "../../modules/fulfillment/events.ts";
import type { ShippingOptionInput, ShippingOptionUpdate } from "../../modules/fulfillment/service.ts";
import type { AdditionalData } from "../common/rows-workflows.ts";
import { deleteWorkflow } from "../common/rows-workflows.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { createOptionPriceSets, setOptionPriceSets, type OptionPrices } from "./option-price-sets.ts";
import { createShippingOptionsStep, deleteShippingOptionsStep, updateShippingOptionsStep } from "./steps/rows.ts";
import { resolveShippingPricesStep, type ShippingPriceInput } from "./steps/shipping-option-prices.ts";

/** A shipping option to create; a flat one's `prices` go to a linked price set. */
export type CreateShippingOptionWorkflowInput = ShippingOptionInput & { prices?: ShippingPriceInput[] };
/** An option update; `prices`, when given, replace the option's. */
export type UpdateShippingOptionWorkflowInput = ShippingOptionUpdate & { prices?: ShippingPriceInput[] };

const pricesOf = (rows: { id: string }[], resolved: (OptionPrices["prices"] | null)[]): OptionPrices[] =>
  rows.flatMap((row, i) => {
    const prices = resolved[i];
    return prices ? [{ shipping_option_id: row.id, prices }] : [];
  });

/**
 * Creates shipping options (Medusa's createShippingOptionsWorkflow): resolves region prices to
 * their currency, creates the options checked against their provider (unknown provider, a
 * calculated price on a provider that cannot calculate: INVALID_DATA), and gives flat ones a
 * linked price set (unknown currency: INVALID_DATA). Hook `shippingOptionsCreated` receives
 * `{ shipping_options, additional_data }`; any failure leaves no option, price set or link.
 */
export const createShippingOptionsWorkflow = createWorkflow(
  "create-shipping-options",
  (input: { shipping_options: CreateShippingOptionWorkflowInput[]; additional_data?: AdditionalData }) => {
    const resolved = resolveShippingPricesStep(input.shipping_options);
    const options = createShippingOptionsStep(
      transform({ input }, ({ input: i }) => i.shipping_options.map(({ prices: _, ...o }) => o)),
    );
    createOptionPriceSets(transform({ options, resolved }, ({ options: rows, resolved: r }) => pricesOf(rows, r)));
    const created = createHook("shippingOptionsCreated", {
      shipping_options: options,
      additional_data: input.additional_data,
    });
    emitEventStep(
      transform({ options }, ({ options: rows }) =>
        rows.map((r): EventMessage => ({ name: FulfillmentEvents.SHIPPING_OPTION_CREATED, data: { id: r.id } })),
      ),
    );
    return new WorkflowResponse(options, { hooks: [created] });
  },
);

/** Updates shipping options and replaces their prices when given; hook `shippingOptionsUpdated`; a failure writes everything back. */
export const updateShippingOptionsWorkflow = createWorkflow(
  "update-shipping-options",
  (input: { shipping_options: UpdateShippingOptionWorkflowInput[]; additional_data?: AdditionalData }) => {
    const resolved = resolveShippingPricesStep(input.shipping_options);
    const options = updateShippingOptionsStep(
      transform({ input }, ({ input: i }) => i.shipping_options.map(({ prices: _, ...o }) => o)),
    );
    setOptionPriceSets(transform({ options, resolved }, ({ options: rows, resolved: r }) => pricesOf(rows, r)));
    const updated = createHook("shippingOptionsUpdated", {
      shipping_options: options,
      additional_data: input.additional_data,
    });
    emitEventStep(
      transform({ options }, ({ options: rows }) =>
        rows.map((r): EventMessage => ({ name: FulfillmentEvents.SHIPPING_OPTION_UPDATED, data: { id: r.id } })),
      ),
    );
    return new WorkflowResponse(options, { hooks: [updated] });
  },
);

/** Soft-deletes shipping options with their rules and their price sets (through the link); hook `shippingOptionsDeleted`. */
export const deleteShippingOptionsWorkflow = deleteWorkflow(
  "delete-shipping-options",
  "shippingOptionsDeleted",
  deleteShippingOptionsStep,
  FulfillmentEvents.SHIPPING_OPTION_DELETED,
  (ids) => transform({ ids }, ({ ids: list }) => ({ fulfillment: { shipping_option_id: list } })),
);
