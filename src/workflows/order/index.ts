// Order management after placement: payments on orders and cancellation.
export { captureOrderPaymentWorkflow, type CaptureOrderPaymentInput } from "./capture-order-payment.ts";
export { refundOrderPaymentWorkflow, type RefundOrderPaymentInput } from "./refund-order-payment.ts";
export { cancelOrderWorkflow } from "./cancel-order.ts";
// Fulfilments, shipments, deliveries, returns,
// exchanges, claims and return reasons. Every such mutation runs one of these.
export { createOrderFulfillmentWorkflow } from "./create-order-fulfillment.ts";
export {
  cancelOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentDeliveredWorkflow,
} from "./fulfillment-changes.ts";
export { requestOrderReturnWorkflow, receiveOrderReturnWorkflow } from "./returns.ts";
export { createOrderExchangeWorkflow, createOrderClaimWorkflow } from "./exchanges-claims.ts";
export {
  createReturnReasonsWorkflow,
  updateReturnReasonsWorkflow,
  deleteReturnReasonsWorkflow,
  ReturnReasonEvents,
} from "./return-reasons.ts";
