// The write API: every mutation, the only code that runs workflows for a GraphQL request. The
// kernel loads this file after the modules' and links' read types; each domain's mutations are
// imported only when its module is loaded (a project can leave a module out), since importing
// them registers fields whose payloads name that module's types.
import { hasGraphQLType } from "../../framework/links/graphql-refs.ts";

if (hasGraphQLType("WorkflowExecution")) await import("./workflow-engine/mutations.ts");
if (hasGraphQLType("Product")) {
  await import("./product/product.ts");
  await import("./product/variant.ts");
  await import("./product/option.ts");
  await import("./product/category.ts");
  await import("./product/collection.ts");
  await import("./product/labels.ts");
}
if (hasGraphQLType("SalesChannel")) {
  await import("./sales-channel/mutations.ts");
  await import("./sales-channel/link-mutations.ts");
}
if (hasGraphQLType("ApiKey")) await import("./api-key/mutations.ts");
if (hasGraphQLType("User")) await import("./user/mutations.ts");
if (hasGraphQLType("Customer")) {
  await import("./customer/mutations.ts");
  await import("./customer/admin-mutations.ts");
  await import("./customer/auth-mutations.ts");
}
if (hasGraphQLType("Region")) await import("./region/mutations.ts");
if (hasGraphQLType("Store")) await import("./store/mutations.ts");
if (hasGraphQLType("PriceSet")) {
  await import("./pricing/price-set-mutations.ts");
  await import("./pricing/price-list-mutations.ts");
  await import("./pricing/preference-mutations.ts");
}
if (hasGraphQLType("StockLocation")) await import("./stock-location/mutations.ts");
if (hasGraphQLType("InventoryItem")) {
  await import("./inventory/item-mutations.ts");
  await import("./inventory/reservation-mutations.ts");
}
if (hasGraphQLType("TaxRate")) {
  await import("./tax/region-mutations.ts");
  await import("./tax/rate-mutations.ts");
}
if (hasGraphQLType("Payment")) await import("./payment/mutations.ts");
if (hasGraphQLType("Cart")) {
  await import("./cart/mutations.ts");
  if (hasGraphQLType("ShippingOption")) await import("./cart/shipping.ts");
  if (hasGraphQLType("Promotion")) await import("./cart/promotions.ts");
  if (hasGraphQLType("Order")) await import("./cart/complete.ts");
  if (hasGraphQLType("PaymentCollection")) await import("./cart/payment.ts");
}
if (hasGraphQLType("Order") && hasGraphQLType("Payment")) await import("./order/mutations.ts");
// Order lifecycle after placement: fulfilments, shipments, returns, exchanges, claims.
if (hasGraphQLType("Return") && hasGraphQLType("Fulfillment")) {
  await import("./order/fulfillment-mutations.ts");
  await import("./order/return-mutations.ts");
  await import("./order/exchange-claim-mutations.ts");
  await import("./order/return-reason-mutations.ts");
}
if (hasGraphQLType("Promotion")) {
  await import("./promotion/mutations.ts");
  await import("./promotion/campaign-mutations.ts");
}
if (hasGraphQLType("ShippingOption")) {
  await import("./fulfillment/profiles.ts");
  await import("./fulfillment/zones.ts");
  await import("./fulfillment/shipping-options.ts");
}
if (hasGraphQLType("Order")) {
  await import("./order/edit-types.ts");
  await import("./order/edit.ts");
  if (hasGraphQLType("Region") && hasGraphQLType("ShippingOption")) await import("./order/draft.ts");
  if (hasGraphQLType("Promotion")) await import("./order/promotions.ts");
}
