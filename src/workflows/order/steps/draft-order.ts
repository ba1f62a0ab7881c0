import type { TesseraContainer } from "../../../framework/container/container.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { generateId } from "../../../framework/modules/model.ts";
import type { Context } from "../../../framework/modules/service-factory.ts";
import { withSharedTransaction } from "../../../framework/modules/shared-transaction.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { ReservationInput } from "../../../modules/inventory/service.ts";
import type { CreateOrderInput, OrderAddressInput } from "../../../modules/order/types.ts";
import { listShippingOptionsForContext } from "../../../links/reads/shipping-options-for-context.ts";
import { loadSellableVariants } from "../../cart/catalog.ts";
import { planReservations } from "../../cart/reservation-plan.ts";
import { priceVariantLines } from "../../cart/variant-prices.ts";
import { withLockedOrder } from "../locked-order.ts";
import { orderTaxLinesOf } from "../tax-lines.ts";

/** A draft order to create (Medusa's createOrderWorkflow with is_draft_order). */
export interface CreateDraftOrderInput {
  region_id: string;
  sales_channel_id?: string | null;
  customer_id?: string | null;
  email?: string | null;
  shipping_address?: OrderAddressInput | null;
  billing_address?: OrderAddressInput | null;
  items: { variant_id: string; quantity: number }[];
  shipping_option_id?: string | null;
}

const invalid = (message: string, field: string[], code?: string) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field, ...(code ? { code } : {}) });

/** The customer's email when none is given; NOT_FOUND for an unknown customer. */
async function emailOf(container: TesseraContainer, input: CreateDraftOrderInput, ctx: Context) {
  if (!input.customer_id) return input.email ?? null;
  const [customer] = await container
    .resolve("customer")
    .listCustomers({ id: input.customer_id }, { select: ["id", "email"] }, ctx);
  if (!customer)
    throw new TesseraError(TesseraError.Types.NOT_FOUND, `Customer ${input.customer_id} was not found`, {
      field: ["customerId"],
    });
  return input.email ?? customer.email;
}

/**
 * The draft as an order to write: each variant sellable in the channel, priced by the pricing
 * module in the region's currency for the customer; the shipping option valid for the address
 * and priced; tax lines from the tax module for the shipping address.
 */
async function buildDraft(container: TesseraContainer, input: CreateDraftOrderInput, ctx: Context) {
  const [region] = await container.resolve("region").listRegions({ id: input.region_id }, {}, ctx);
  if (!region)
    throw new TesseraError(TesseraError.Types.NOT_FOUND, `Region ${input.region_id} was not found`, {
      field: ["regionId"],
    });
  const email = await emailOf(container, input, ctx);
  if (!email) throw invalid("A draft order needs a customer or an email", ["email"]);
  const currency = region.currency_code;
  const channel = input.sales_channel_id ?? null;
  const variants = await loadSellableVariants(
    container,
    input.items.map((i) => i.variant_id),
    channel,
    ctx,
  );
  const lines = input.items.map((i) => ({ ...i, id: generateId("ordli") }));
  const prices = await priceVariantLines(
    container,
    { currency_code: currency, region_id: region.id, customer_id: input.customer_id ?? null },
    lines,
    ctx,
  );
  const country = input.shipping_address?.country_code?.toLowerCase();
  let method: CreateOrderInput["shipping_methods"] = [];
  if (input.shipping_option_id) {
    if (!country)
      throw invalid("A shipping method needs a shipping address", ["shippingAddress"], "SHIPPING_ADDRESS_REQUIRED");
    const options = await listShippingOptionsForContext(
      container,
      {
        address: { ...input.shipping_address, country_code: country },
        currency_code: currency,
        region_id: region.id,
        sales_channel_id: channel,
      },
      ctx,
    );
    const option = options.find((o) => o.id === input.shipping_option_id);
    if (!option)
      throw invalid(
        `Shipping option ${input.shipping_option_id} does not serve this order`,
        ["shippingOptionId"],
        "SHIPPING_OPTION_INVALID",
      );
    method = [
      {
        name: option.name,
        amount: option.amount,
        is_tax_inclusive: option.is_tax_inclusive,
        shipping_option_id: option.id,
      },
    ];
  }
  const methodId = "draft_shipping";
  const taxLines =
    country && container.hasRegistration("tax")
      ? await container.resolve("tax").getTaxLines(
          [
            ...lines.map((l) => ({
              id: l.id,
              product_id: variants.get(l.variant_id)?.product_id ?? "",
              product_type_id: variants.get(l.variant_id)?.product_type_id ?? null,
              quantity: l.quantity,
              unit_price: prices.get(l.id)?.unit_price ?? 0,
              currency_code: currency,
            })),
            ...method.map((m) => ({
              id: methodId,
              shipping_option_id: m.shipping_option_id ?? "",
              unit_price: m.amount,
              currency_code: currency,
            })),
          ],
          { address: { country_code: country, province_code: input.shipping_address?.province } },
          ctx,
        )
      : [];
  const taxes = (id: string) => orderTaxLinesOf(taxLines, id);
  const order: CreateOrderInput & { id: string } = {
    id: generateId("order"),
    status: "draft",
    is_draft_order: true,
    currency_code: currency,
    region_id: region.id,
    sales_channel_id: channel,
    customer_id: input.customer_id ?? null,
    email,
    shipping_address: input.shipping_address ?? null,
    billing_address: input.billing_address ?? null,
    items: lines.map((l) => {
      const variant = variants.get(l.variant_id);
      if (!variant) throw invalid(`Variant ${l.variant_id} was not found`, ["variantId"]);
      const { manage_inventory: _m, allow_backorder: _b, ...snapshot } = variant;
      const price = prices.get(l.id);
      return {
        ...snapshot,
        id: l.id,
        quantity: l.quantity,
        unit_price: price?.unit_price ?? 0,
        compare_at_unit_price: price?.compare_at_unit_price ?? null,
        is_tax_inclusive: price?.is_tax_inclusive ?? false,
        tax_lines: taxes(l.id),
      };
    }),
    shipping_methods: method.map((m) => ({ ...m, tax_lines: taxes(methodId) })),
  };
  return order;
}

export const buildDraftOrderStepId = "build-draft-order";
/** Prices and taxes a draft order's items and shipping (reads only: the next step writes it). */
export const buildDraftOrderStep = createStep(
  buildDraftOrderStepId,
  async (input: CreateDraftOrderInput, { container }) =>
    new StepResponse(await withSharedTransaction(container.resolve("db"), (ctx) => buildDraft(container, input, ctx))),
);

/** What converting a draft changed, to take back. */
interface ConvertUndo {
  order_id: string;
}

export const convertDraftOrderStepId = "convert-draft-order";
/**
 * Under the order's lock: a draft becomes a placed order (status pending, no longer a draft) and
 * answers the reservations its items need at the channel's stock locations (the next step makes
 * them). An order that is no draft is NOT_ALLOWED. Compensation makes it a draft again.
 */
export const convertDraftOrderStep = createStep(
  convertDraftOrderStepId,
  async (input: { order_id: string }, { container }) => {
    const reservations = await withLockedOrder(container, input.order_id, async (ctx, locked) => {
      const service = container.resolve("order");
      const order = await service.retrieveOrder(input.order_id, { relations: ["items"] }, ctx);
      if (!order.is_draft_order)
        throw new TesseraError(TesseraError.Types.NOT_ALLOWED, `Order ${input.order_id} is not a draft`, {
          field: ["orderId"],
        });
      const plan: ReservationInput[] = await planReservations(
        container,
        order.sales_channel_id,
        order.items ?? [],
        ctx,
      );
      await service.updateOrders({ id: locked.id, status: "pending", is_draft_order: false }, ctx);
      return plan;
    });
    return new StepResponse(reservations, { order_id: input.order_id } satisfies ConvertUndo);
  },
  async (undo: ConvertUndo, { container }) => {
    await container.resolve("order").updateOrders({ id: undo.order_id, status: "draft", is_draft_order: true });
  },
);
