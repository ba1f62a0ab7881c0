/** An option a provider offers (Medusa's FulfillmentOption): `id` is what shipping options store in `data.id`. */
export interface FulfillmentOption {
  id: string;
  name?: string;
  is_return?: boolean;
  [key: string]: unknown;
}

/** What a calculated price is computed from: the shipping option's data, the method's data and the cart-like context. */
export interface CalculatePriceContext {
  currency_code: string;
  address?: { country_code?: string | null; province_code?: string | null; postal_code?: string | null } | null;
  item_subtotal?: string | null;
  [key: string]: unknown;
}

/** A calculated price: a decimal string in the context's currency. */
export interface CalculatedShippingPrice {
  calculated_amount: string;
  is_calculated_price_tax_inclusive: boolean;
}

/** A fulfillment as a provider sees it when creating or cancelling one. */
export interface ProviderFulfillment {
  id?: string;
  location_id: string;
  items: { title: string; sku?: string | null; quantity: number; line_item_id?: string | null }[];
  data?: Record<string, unknown> | null;
}

/**
 * A fulfillment provider (Medusa's AbstractFulfillmentProviderService): a carrier integration.
 * Registered in the module's options and stored as `${identifier}_${id}` (`manual_manual`).
 */
export interface FulfillmentProviderService {
  /** The provider's kind ("manual", "dhl"); the registration's `id` tells several accounts apart. */
  readonly identifier: string;
  /** The options an admin can base a shipping option on. */
  getFulfillmentOptions(): Promise<FulfillmentOption[]>;
  /** Checks (and may enrich) the data a shopper's shipping method carries; throws when it is unusable. */
  validateFulfillmentData(
    optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    context: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
  /** Whether a shipping option's `data` names one of this provider's options. */
  validateOption(data: Record<string, unknown>): Promise<boolean>;
  /** Whether the provider can price the option itself (`price_type: "calculated"`). */
  canCalculate(data: Record<string, unknown>): Promise<boolean>;
  /** The price of a calculated option in a context. */
  calculatePrice(
    optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    context: CalculatePriceContext,
  ): Promise<CalculatedShippingPrice>;
  /** Books the shipment with the carrier; the answer is stored on the fulfillment (`data`, labels). */
  createFulfillment(
    data: Record<string, unknown>,
    items: ProviderFulfillment["items"],
    fulfillment: ProviderFulfillment,
  ): Promise<{
    data: Record<string, unknown>;
    labels: { tracking_number: string; tracking_url: string; label_url: string }[];
  }>;
  /** Cancels a booked shipment. */
  cancelFulfillment(data: Record<string, unknown>): Promise<unknown>;
}

/** One provider in the module's options: `{ id: "manual", provider: manualFulfillmentProvider }`. */
export interface FulfillmentProviderRegistration {
  id: string;
  provider: FulfillmentProviderService;
}
