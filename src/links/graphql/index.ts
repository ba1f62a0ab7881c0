// GraphQL fields and read rules that compose several modules across links, added after every
// module's and link's fields. Each file is imported only when what it composes is loaded:
// importing a module's GraphQL types registers them in the schema.
import { hasGraphQLType } from "../../framework/links/graphql-refs.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";

// The public store: its default region and the countries its regions hold.
if (hasGraphQLType("Store") && hasGraphQLType("Region")) await import("./store-storefront.ts");

// A storefront reads the products of its publishable key's sales channels.
if (linkByEntryPoint("product_sales_channel") && hasGraphQLType("Product")) await import("./product-channel-scope.ts");

if (linkByEntryPoint("product_variant_price_set") && hasGraphQLType("ProductVariant") && hasGraphQLType("PriceSet")) {
  await import("./variant-calculated-price.ts");
  await import("./variant-prices.ts");
  if (hasGraphQLType("Product")) {
    await import("./product-price.ts");
    await import("./product-facets.ts");
  }
  if (hasGraphQLType("TaxRate")) await import("./variant-price-taxes.ts");
}

if (linkByEntryPoint("product_variant_inventory_item") && hasGraphQLType("ProductVariant")) {
  await import("./variant-inventory-quantity.ts");
  if (linkByEntryPoint("sales_channel_stock_location")) await import("./variant-availability.ts");
}

// The shipping options a shopper may pick: locations of the channel, their fulfillment sets, option prices.
if (
  linkByEntryPoint("shipping_option_price_set") &&
  linkByEntryPoint("stock_location_fulfillment_set") &&
  linkByEntryPoint("sales_channel_stock_location")
)
  await import("./available-shipping-options.ts");

// Checkout: the options valid for a cart, and the codes applied to it.
if (
  hasGraphQLType("Cart") &&
  linkByEntryPoint("shipping_option_price_set") &&
  linkByEntryPoint("stock_location_fulfillment_set") &&
  linkByEntryPoint("sales_channel_stock_location")
)
  await import("./cart-shipping-options.ts");
if (hasGraphQLType("Cart") && linkByEntryPoint("cart_promotion")) await import("./cart-promotion-codes.ts");
// The store's default region, read as a Region.
if (hasGraphQLType("Store") && hasGraphQLType("Region")) await import("./store-default-region.ts");
// An order's payment status and payments, through order_payment_collection.
if (hasGraphQLType("Order") && hasGraphQLType("PaymentCollection") && linkByEntryPoint("order_payment_collection"))
  await import("./order-payments.ts");
// The admin order list (its payment status filter reads the payment module) and a customer's orders.
if (hasGraphQLType("Order")) {
  await import("./orders.ts");
  if (hasGraphQLType("Customer")) await import("./customer-orders.ts");
}
