import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { Decimal } from "../../../framework/money/index.ts";
import { lineTotals } from "../../../framework/totals/line-totals.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { ReservationInput } from "../../../modules/inventory/service.ts";
import type { OutboundItemInput, RequestReturnInput } from "../../../modules/order/lifecycle-service.ts";
import { planReservations } from "../../cart/reservation-plan.ts";
import { itemValue } from "../../../framework/totals/item-value.ts";
import { outboundItems } from "../outbound-items.ts";

/** Variants sent out, and how many. */
export type OutboundRequest = { variant_id: string; quantity: number }[];

/** A claim as an admin files it. */
export interface CreateOrderClaimInput {
  order_id: string;
  type: "refund" | "replace";
  items: { item_id: string; quantity: number; reason?: string | null; note?: string | null }[];
  /** Replacements ("replace" claims), sent free of charge. */
  outbound_items?: OutboundRequest;
  created_by?: string | null;
}

/** An exchange's or a claim's outbound lines, their stock, and the money. */
export interface OutboundPlan {
  order_id: string;
  outbound: OutboundItemInput[];
  reservations: ReservationInput[];
  /** Exchange: outbound total − returned value; claim: the claimed items' value to refund ("refund" claims). */
  amount: string;
}

const orderFor = async (container: Parameters<typeof outboundItems>[0], orderId: string) => {
  const [order] = await container
    .resolve("order")
    .listOrders({ id: orderId }, { relations: ["items.adjustments", "items.tax_lines", "shipping_address"] });
  if (!order)
    throw new TesseraError(TesseraError.Types.NOT_FOUND, `Order ${orderId} was not found`, { field: ["orderId"] });
  if (order.status === "canceled")
    throw new TesseraError(TesseraError.Types.NOT_ALLOWED, `Order ${orderId} is canceled`, { field: ["orderId"] });
  return order;
};

/** Prices outbound lines and plans their reservations at the order's sales channel's locations. */
async function planOutbound(
  container: Parameters<typeof outboundItems>[0],
  order: Awaited<ReturnType<typeof orderFor>>,
  wanted: OutboundRequest,
  free: boolean,
) {
  const outbound = await outboundItems(
    container,
    {
      currency_code: order.currency_code,
      region_id: order.region_id,
      country_code: order.shipping_address?.country_code ?? null,
      province: order.shipping_address?.province ?? null,
    },
    wanted,
    { free, field: "outboundItems" },
  );
  const reservations = await planReservations(
    container,
    order.sales_channel_id,
    outbound.map((l) => ({
      id: l.id ?? "",
      variant_id: l.variant_id ?? null,
      variant_sku: l.variant_sku,
      quantity: l.quantity,
    })),
    {},
  );
  return { outbound, reservations };
}

const outboundTotal = (lines: OutboundItemInput[], currency: string) =>
  lines.reduce(
    (sum, l) =>
      sum.plus(
        lineTotals(
          {
            amount: l.unit_price,
            quantity: l.quantity,
            is_tax_inclusive: l.is_tax_inclusive ?? false,
            tax_lines: l.tax_lines,
          },
          currency,
        ).total,
      ),
    new Decimal(0),
  );

export const prepareExchangeStepId = "prepare-order-exchange";
/**
 * Plans an exchange (reads only): the outbound items priced like the variants now, their
 * reservations, and the difference due (outbound total − the returned items' value).
 */
export const prepareExchangeStep = createStep(
  prepareExchangeStepId,
  async (input: { request: RequestReturnInput; outbound_items: OutboundRequest }, { container }) => {
    const order = await orderFor(container, input.request.order_id);
    const { outbound, reservations } = await planOutbound(container, order, input.outbound_items, false);
    const returned = input.request.items.reduce((sum, r) => {
      const item = (order.items ?? []).find((i) => i.id === r.item_id);
      return item ? sum.plus(itemValue(item, r.quantity, order.currency_code)) : sum;
    }, new Decimal(0));
    const plan: OutboundPlan = {
      order_id: order.id,
      outbound,
      reservations,
      amount: outboundTotal(outbound, order.currency_code).minus(returned).toFixed(),
    };
    return new StepResponse(plan);
  },
);

export const prepareClaimStepId = "prepare-order-claim";
/**
 * Plans a claim (reads only): a "refund" claim refunds the claimed items' value, a "replace"
 * claim sends the replacements free (reserved like any order line). Quantities are checked when
 * the claim is written.
 */
export const prepareClaimStep = createStep(prepareClaimStepId, async (input: CreateOrderClaimInput, { container }) => {
  const order = await orderFor(container, input.order_id);
  if (!input.items.length)
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "Claim at least one item", { field: ["items"] });
  let value = new Decimal(0);
  for (const [n, claimed] of input.items.entries()) {
    const item = (order.items ?? []).find((i) => i.id === claimed.item_id);
    if (!item)
      throw new TesseraError(TesseraError.Types.NOT_FOUND, `Item ${claimed.item_id} is not an item of this order`, {
        field: ["items", String(n), "id"],
      });
    value = value.plus(itemValue(item, claimed.quantity, order.currency_code));
  }
  if (input.type === "replace" && !input.outbound_items?.length)
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "A replace claim names its replacements", {
      field: ["outboundItems"],
    });
  const { outbound, reservations } =
    input.type === "replace"
      ? await planOutbound(container, order, input.outbound_items ?? [], true)
      : { outbound: [], reservations: [] };
  const plan: OutboundPlan = {
    order_id: order.id,
    outbound,
    reservations,
    amount: input.type === "refund" ? value.toFixed() : "0",
  };
  return new StepResponse(plan);
});

export const createExchangeStepId = "create-order-exchange";
/** Writes the exchange with its return and outbound items (order module); compensation removes it all. */
export const createExchangeStep = createStep(
  createExchangeStepId,
  async (input: { request: RequestReturnInput; plan: OutboundPlan }, { container }) => {
    const out = await container.resolve("order").createExchange({
      return: input.request,
      outbound: input.plan.outbound,
      difference_due: input.plan.amount,
    });
    return new StepResponse(
      { exchange_id: out.exchange.id, return_id: out.return.id, order_id: input.plan.order_id },
      out.exchange.id,
    );
  },
  async (id, { container }) => {
    await container.resolve("order").removeExchangeOrClaim({ exchange_id: id });
  },
);

export const createClaimStepId = "create-order-claim";
/** Writes the claim, its write-offs and replacements (order module); compensation removes it all. */
export const createClaimStep = createStep(
  createClaimStepId,
  async (input: { claim: CreateOrderClaimInput; plan: OutboundPlan }, { container }) => {
    const out = await container.resolve("order").createClaim({
      order_id: input.claim.order_id,
      type: input.claim.type,
      items: input.claim.items,
      outbound: input.plan.outbound,
      refund_amount: input.plan.amount,
      created_by: input.claim.created_by ?? null,
    });
    return new StepResponse({ claim_id: out.claim.id, order_id: input.plan.order_id }, out.claim.id);
  },
  async (id, { container }) => {
    await container.resolve("order").removeExchangeOrClaim({ claim_id: id });
  },
);
