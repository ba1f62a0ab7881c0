import type { TesseraContainer } from "../../framework/container/container.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";
import { toDecimal, type Decimal } from "../../framework/money/index.ts";
import type { Context } from "../../framework/modules/service-factory.ts";

/** A payment of an order, with what is left to capture and to refund. */
export interface OrderPayment {
  id: string;
  canceled: boolean;
  captured: Decimal;
  capturable: Decimal;
  refundable: Decimal;
}

const sum = (rows: { amount: unknown }[] | undefined) =>
  (rows ?? []).reduce((n, r) => n.plus(toDecimal(r.amount as string)), toDecimal(0));

/** The payments of an order's payment collections (order_payment_collection), oldest first. */
export async function orderPaymentsOf(
  container: TesseraContainer,
  orderId: string,
  ctx?: Context,
): Promise<OrderPayment[]> {
  const link = linkByEntryPoint("order_payment_collection");
  if (!link || !container.hasRegistration("payment")) return [];
  const rows = await container.resolve("link").list(link, { order_id: orderId }, ctx);
  if (!rows.length) return [];
  const payments = await container
    .resolve("payment")
    .listPayments(
      { payment_collection_id: rows.map((r) => String(r.payment_collection_id)) },
      { relations: ["captures", "refunds"], order: { created_at: "ASC", id: "ASC" } },
      ctx,
    );
  return payments.map((p) => {
    const captured = sum(p.captures);
    return {
      id: p.id,
      canceled: p.canceled_at !== null,
      captured,
      capturable: p.canceled_at ? toDecimal(0) : toDecimal(p.amount).minus(captured),
      refundable: captured.minus(sum(p.refunds)),
    };
  });
}
