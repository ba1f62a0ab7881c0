import type { PaymentProvider, PaymentProviderRegistration } from "./types.ts";

/**
 * The default provider (Medusa's system provider, `pp_system_default`): authorizes at once and
 * moves no money; for manual payments (cash, bank transfer) settled outside the system.
 */
export class SystemPaymentProvider implements PaymentProvider {
  static readonly identifier = "system";

  async initiatePayment() {
    return { id: "system", data: {} };
  }
  async updatePayment() {
    return { data: {} };
  }
  async deletePayment() {
    return { data: {} };
  }
  async authorizePayment() {
    return { status: "authorized" as const, data: {} };
  }
  async capturePayment() {
    return { data: {} };
  }
  async refundPayment() {
    return { data: {} };
  }
  async cancelPayment() {
    return { data: {} };
  }
  async retrievePayment() {
    return { data: {} };
  }
  async getWebhookActionAndData() {
    return { action: "not_supported" as const };
  }
}

/** The system provider's registration; always loaded. */
export const systemProviderRegistration: PaymentProviderRegistration = {
  resolve: SystemPaymentProvider,
  id: "default",
};
