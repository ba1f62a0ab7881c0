import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import type { FulfillmentProviderService } from "./types.ts";

/** The id of the built-in provider, always registered. */
export const MANUAL_FULFILLMENT_PROVIDER = "manual_manual";

/**
 * The built-in provider: the merchant ships by hand. Flat prices only (it cannot calculate);
 * creating a fulfillment books nothing and returns no labels.
 */
export const manualFulfillmentProvider: FulfillmentProviderService = {
  identifier: "manual",
  async getFulfillmentOptions() {
    return [{ id: "manual-fulfillment" }, { id: "manual-fulfillment-return", is_return: true }];
  },
  async validateFulfillmentData(_optionData, data) {
    return data;
  },
  async validateOption() {
    return true;
  },
  async canCalculate() {
    return false;
  },
  async calculatePrice() {
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "The manual provider has flat prices only");
  },
  async createFulfillment() {
    return { data: {}, labels: [] };
  },
  async cancelFulfillment() {
    return {};
  },
};
