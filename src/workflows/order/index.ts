// Order management after placement: payments on orders and cancellation.
export { captureOrderPaymentWorkflow, type CaptureOrderPaymentInput } from "./capture-order-payment.ts";
export { refundOrderPaymentWorkflow, type RefundOrderPaymentInput } from "./refund-order-payment.ts";
export { cancelOrderWorkflow } from "./cancel-order.ts";
