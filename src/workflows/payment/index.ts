// The payment module's core flows: admin captures and refunds, and provider webhooks.
export { capturePaymentWorkflow } from "./capture-payment.ts";
export { refundPaymentWorkflow } from "./refund-payment.ts";
export { processPaymentWorkflow } from "./process-payment.ts";
