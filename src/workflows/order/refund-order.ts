import { transform, when, type WorkflowData } from "../../framework/workflows/index.ts";
import { refundPaymentWorkflow } from "../payment/refund-payment.ts";
import { type OrderRefundPlan, recordOrderRefundStep } from "./steps/refund-order.ts";

/**
 * The refund part of a flow, composed into it after every step that may fail (money sent back is
 * not taken again): refunds the planned payment through refundPaymentWorkflow (`payment.refunded`)
 * and records the order's negative transaction. Nothing runs for an amount of "0". The plan comes
 * from prepareOrderRefundStep, run before anything is written.
 */
export function refundOrder(name: string, plan: WorkflowData<OrderRefundPlan>) {
  when(name, plan, (p) => p.amount !== "0").then(() => {
    const paid = refundPaymentWorkflow.runAsStep({
      input: transform({ plan }, ({ plan: p }) => ({
        payment_id: p.payment_id,
        amount: p.amount,
        reason: p.return_id ? "return" : "claim",
      })),
    });
    recordOrderRefundStep(transform({ plan, paid }, ({ plan: p, paid: r }) => ({ ...p, refund_id: r.refund_id })));
  });
}
