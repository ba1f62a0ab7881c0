import type { TesseraContainer } from "../src/framework/container/container.ts";

/**
 * One record of every Node type for the access matrix, some in several variants a storefront
 * must tell apart (a published product of its channel, a draft, another channel's product).
 * Keys are `Type.variant`, as in test/access-table.ts's nodeAccess.
 */
export async function seedAccessRecords(
  c: TesseraContainer,
  ids: { customerId: string; otherCustomerId: string; channelId: string },
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const [product, pricing, inventory, link, customer] = [
    c.resolve("product"),
    c.resolve("pricing"),
    c.resolve("inventory"),
    c.resolve("link"),
    c.resolve("customer"),
  ];
  const other = await c.resolve("salesChannel").createSalesChannels({ name: "Matrix elsewhere" });
  out["SalesChannel.any"] = ids.channelId;

  const [tag] = await product.createProductTags([{ value: "matrix" }]);
  const [type] = await product.createProductTypes([{ value: "matrix" }]);
  const [collection] = await product.createProductCollections([{ title: "Matrix", handle: "matrix" }]);
  const [parent, internal, inactive] = await product.createCategoryNodes([
    { name: "Matrix public", is_active: true, is_internal: false },
    { name: "Matrix internal", is_active: true, is_internal: true },
    { name: "Matrix inactive", is_active: false, is_internal: false },
  ]);
  const [child] = await product.createCategoryNodes([
    { name: "Matrix child", is_active: true, parent_category_id: parent?.id ?? null },
  ]);
  Object.assign(out, {
    "ProductTag.any": tag?.id,
    "ProductType.any": type?.id,
    "ProductCollection.any": collection?.id,
    "ProductCategory.public": child?.id,
    "ProductCategory.internal": internal?.id,
    "ProductCategory.inactive": inactive?.id,
  });

  const tree = (handle: string, status: "published" | "draft") => ({
    title: handle,
    handle,
    status,
    type_id: type?.id ?? null,
    collection_id: collection?.id ?? null,
    tag_ids: [tag?.id ?? ""],
    category_ids: [child?.id ?? "", internal?.id ?? ""],
    images: [{ url: `https://img.example/${handle}.png` }],
    options: [{ title: "Size", values: ["M"] }],
    variants: [{ title: "M", sku: `matrix-${handle}`, options: { Size: "M" } }],
  });
  const products = await product.createProductTrees([
    tree("matrix-published", "published"),
    tree("matrix-draft", "draft"),
    tree("matrix-elsewhere", "published"),
  ]);
  const variantIds: string[] = [];
  for (const [i, variant] of ["published", "draft", "otherChannel"].entries()) {
    const row = products[i];
    const [full] = await product.listProducts(
      { id: row?.id ?? "" },
      { relations: ["variants", "options", "options.values", "images"] },
    );
    variantIds.push(full?.variants?.[0]?.id ?? "");
    Object.assign(out, {
      [`Product.${variant}`]: row?.id,
      [`ProductVariant.${variant}`]: full?.variants?.[0]?.id,
      [`ProductOption.${variant}`]: full?.options?.[0]?.id,
      [`ProductOptionValue.${variant}`]: full?.options?.[0]?.values?.[0]?.id,
      [`ProductImage.${variant}`]: full?.images?.[0]?.id,
    });
    await link.create({
      product: { product_id: row?.id ?? "" },
      salesChannel: { sales_channel_id: i === 2 ? other.id : ids.channelId },
    });
  }

  const [region] = await c
    .resolve("region")
    .createRegionsWithCountries([{ name: "Matrix", currency_code: "eur", countries: ["se"] }]);
  out["Region.any"] = region?.id ?? "";
  const [set] = await pricing.createPriceSetsWithPrices([{ prices: [{ amount: "10", currency_code: "eur" }] }]);
  const [group] = await customer.createCustomerGroups([{ name: "Matrix VIP" }]);
  await customer.addCustomersToGroup(group?.id ?? "", [ids.customerId]);
  const [list] = await pricing.createPriceListsWithPrices([
    {
      title: "VIP",
      type: "sale",
      status: "active",
      rules: { customer_group_id: [group?.id ?? ""] },
      prices: [{ price_set_id: set?.id ?? "", amount: "5", currency_code: "eur" }],
    },
  ]);
  const [preference] = await pricing.createPricePreferences([
    { attribute: "currency_code", value: "sek", is_tax_inclusive: true },
  ]);
  const prices = await pricing.listPrices({ price_set_id: set?.id ?? "" });
  Object.assign(out, {
    "PriceSet.any": set?.id,
    "PriceList.any": list?.id,
    "Price.any": prices[0]?.id,
    "CustomerGroup.own": group?.id,
    "PricePreference.any": preference?.id,
  });

  const [location] = await c
    .resolve("stockLocation")
    .createLocationsWithAddress([
      { name: "Matrix warehouse", address: { address_1: "Secret street 1", country_code: "se" } },
    ]);
  await link.create({
    salesChannel: { sales_channel_id: ids.channelId },
    stockLocation: { stock_location_id: location?.id ?? "" },
  });
  const [item] = await inventory.createInventoryItems([
    { sku: "matrix", levels: [{ location_id: location?.id ?? "", stocked_quantity: 5 }] },
  ]);
  const [reservation] = await inventory.createReservations([
    { inventory_item_id: item?.id ?? "", location_id: location?.id ?? "", quantity: 1 },
  ]);
  const [level] = await inventory.listInventoryLevels({ inventory_item_id: item?.id ?? "" });
  for (const [i, variantId] of variantIds.entries()) {
    await link.create({
      product: { product_variant_id: variantId },
      pricing: {
        price_set_id:
          i === 0 ? (set?.id ?? "") : ((await pricing.createPriceSetsWithPrices([{ prices: [] }]))[0]?.id ?? ""),
      },
    });
  }
  await link.create({
    product: { product_variant_id: variantIds[0] ?? "" },
    inventory: { inventory_item_id: item?.id ?? "" },
  });
  const fulfillment = c.resolve("fulfillment");
  const profile = await fulfillment.createShippingProfiles({ name: "Matrix profile", type: "default" });
  const [fulfillmentSet] = await fulfillment.createFulfillmentSetsWithZones([
    {
      name: "Matrix delivery",
      type: "shipping",
      service_zones: [{ name: "Matrix zone", geo_zones: [{ type: "country", country_code: "se" }] }],
    },
  ]);
  await link.create({
    stockLocation: { stock_location_id: location?.id ?? "" },
    fulfillment: { fulfillment_set_id: fulfillmentSet?.id ?? "" },
  });
  const [zone] = await fulfillment.listServiceZones(
    { fulfillment_set_id: fulfillmentSet?.id ?? "" },
    { relations: ["geo_zones"] },
  );
  const [shippingOption] = await fulfillment.createShippingOptionsWithRules([
    {
      name: "Matrix shipping",
      price_type: "flat",
      service_zone_id: zone?.id ?? "",
      shipping_profile_id: profile.id,
      provider_id: "manual_manual",
      type: { label: "Matrix", code: "matrix" },
      rules: [{ attribute: "is_return", operator: "eq", value: "false" }],
    },
  ]);
  const [shippingPrices] = await pricing.createPriceSetsWithPrices([
    { prices: [{ amount: "5", currency_code: "eur" }] },
  ]);
  await link.create({
    fulfillment: { shipping_option_id: shippingOption?.id ?? "" },
    pricing: { price_set_id: shippingPrices?.id ?? "" },
  });
  const option = await fulfillment.retrieveShippingOption(shippingOption?.id ?? "", { relations: ["rules"] });
  Object.assign(out, {
    "ShippingProfile.any": profile.id,
    "FulfillmentSet.any": fulfillmentSet?.id,
    "ServiceZone.any": zone?.id,
    "GeoZone.any": zone?.geo_zones?.[0]?.id,
    "ShippingOption.any": option.id,
    "ShippingOptionRule.any": option.rules?.[0]?.id,
    "ShippingOptionType.any": option.shipping_option_type_id,
  });
  Object.assign(out, {
    "StockLocation.any": location?.id,
    "InventoryItem.any": item?.id,
    "InventoryLevel.any": level?.id,
    "ReservationItem.any": reservation?.id,
  });

  const [store] = await c.resolve("store").createStoresWithCurrencies([
    {
      name: "Matrix store",
      supported_currency_codes: ["eur"],
      default_currency_code: "eur",
      // A default region prices products without @inContext, so the walk reaches priceRange.
      default_region_id: out["Region.any"],
    },
  ]);
  const [taxRegion] = await c
    .resolve("tax")
    .createTaxRegionsWithRates([{ country_code: "se", default_tax_rate: { rate: "25", code: "SE", name: "Moms" } }]);
  const [rate] = await c.resolve("tax").listTaxRates({ tax_region_id: taxRegion?.id ?? "" });
  const [invite] = await c.resolve("user").createInvites([{ email: "matrix-invitee@example.com" }]);
  const [user] = await c.resolve("user").listUsers({}, { take: 1 });
  const [apiKey] = await c.resolve("apiKey").listApiKeys({}, { take: 1 });
  const [address] = await customer.listCustomerAddresses({ customer_id: ids.customerId });
  const [country] = await c.resolve("region").listCountries({ region_id: out["Region.any"] ?? "" }, { take: 1 });
  Object.assign(out, {
    "Store.any": store?.id,
    "TaxRegion.any": taxRegion?.id,
    "TaxRate.any": rate?.id,
    "Invite.pending": invite?.id,
    "User.any": user?.id,
    "ApiKey.any": apiKey?.id,
    "Customer.own": ids.customerId,
    "CustomerAddress.own": address?.id,
    "RegionCountry.any": country?.id,
  });

  const payment = c.resolve("payment");
  const payCollection = await payment.createPaymentCollections({ currency_code: "eur", amount: "30" });
  const session = await payment.createPaymentSession(payCollection.id, {
    provider_id: "pp_system_default",
    currency_code: "eur",
    amount: "30",
  });
  const paid = await payment.authorizePaymentSession(session.id);
  const captured = await payment.capturePayment({ payment_id: paid.id });
  const refunded = await payment.refundPayment({ payment_id: paid.id, amount: "5" });
  Object.assign(out, {
    "PaymentCollection.any": payCollection.id,
    "PaymentSession.any": session.id,
    "Payment.any": paid.id,
    "Capture.any": captured.captures?.[0]?.id,
    "Refund.any": refunded.refunds?.[0]?.id,
  });
  // Carts: a guest's in the key's channel, with every kind of line and child the storefront reads,
  // and the customer's own.
  const cart = c.resolve("cart");
  const guestCart = await cart.createCartWithAddresses({
    currency_code: "eur",
    sales_channel_id: ids.channelId,
    shipping_address: { country_code: "se", city: "Malmö" },
    billing_address: { country_code: "se" },
  });
  const [line] = await cart.addLineItems(guestCart.id, [
    { title: "Matrix", quantity: 1, unit_price: "100", is_tax_inclusive: true, variant_id: "variant_matrix" },
  ]);
  const [method] = await cart.addShippingMethods(guestCart.id, [
    { name: "Post", amount: "5", shipping_option_id: "so_matrix" },
  ]);
  await cart.setLineItemAdjustments(guestCart.id, [{ item_id: line?.id ?? "", amount: "10", code: "MATRIX" }]);
  await cart.setLineItemTaxLines(guestCart.id, [{ item_id: line?.id ?? "", rate: "25", code: "SE" }]);
  await cart.setShippingMethodAdjustments(guestCart.id, [
    { shipping_method_id: method?.id ?? "", amount: "5", code: "SHIP" },
  ]);
  await cart.setShippingMethodTaxLines(guestCart.id, [
    { shipping_method_id: method?.id ?? "", rate: "25", code: "SE" },
  ]);
  const ownCart = await cart.createCartWithAddresses({
    currency_code: "eur",
    sales_channel_id: ids.channelId,
    customer_id: ids.customerId,
  });
  Object.assign(out, { "Cart.guest": guestCart.id, "Cart.own": ownCart.id });
  // Orders: a guest's in the key's channel, with every kind of line and child, and the customer's own.
  const lines = {
    items: [
      {
        title: "Matrix",
        quantity: 1,
        unit_price: "100",
        is_tax_inclusive: true,
        adjustments: [{ amount: "10", code: "MATRIX" }],
        tax_lines: [{ rate: "25", code: "SE" }],
      },
    ],
    shipping_methods: [
      {
        name: "Post",
        amount: "5",
        adjustments: [{ amount: "5", code: "SHIP" }],
        tax_lines: [{ rate: "25", code: "SE" }],
      },
    ],
  };
  const [guestOrder, ownOrder] = await c.resolve("order").createOrdersWithDetails([
    {
      currency_code: "eur",
      sales_channel_id: ids.channelId,
      email: "guest@example.com",
      shipping_address: { country_code: "se", city: "Malmö" },
      billing_address: { country_code: "se" },
      ...lines,
    },
    { currency_code: "eur", sales_channel_id: ids.channelId, customer_id: ids.customerId, ...lines },
  ]);
  Object.assign(out, { "Order.guest": guestOrder?.id, "Order.own": ownOrder?.id });
  // Its fulfilment, a return with a reason, an exchange and a claim (admin data).
  const orders = c.resolve("order");
  const [orderLine] = await orders.listLineItems({ order_id: guestOrder?.id ?? "" });
  const shipment = await c.resolve("fulfillment").createFulfillmentWithItems({
    location_id: "sloc_matrix",
    provider_id: "manual_manual",
    items: [{ title: "Matrix", quantity: 1, line_item_id: orderLine?.id }],
  });
  const [label] = await c
    .resolve("fulfillment")
    .createFulfillmentLabels([
      { fulfillment_id: shipment.id, tracking_number: "M-1", tracking_url: "", label_url: "" },
    ]);
  const [reason] = await orders.createReturnReasons([{ value: "matrix", label: "Matrix" }]);
  const ret = await orders.createReturns({
    order_id: guestOrder?.id ?? "",
    items: [{ item_id: orderLine?.id ?? "", quantity: 1, reason_id: reason?.id }],
  });
  const [returnItem] = await orders.listReturnItems({ return_id: ret.id });
  const exchange = await orders.createExchanges({
    order_id: guestOrder?.id ?? "",
    items: [{ item_id: orderLine?.id ?? "", quantity: 1 }],
  });
  const [exchangeItem] = await orders.listExchangeItems({ exchange_id: exchange.id });
  const claim = await orders.createClaims({
    order_id: guestOrder?.id ?? "",
    type: "refund",
    items: [{ item_id: orderLine?.id ?? "", quantity: 1 }],
  });
  const [claimItem] = await orders.listClaimItems({ claim_id: claim.id });
  Object.assign(out, {
    "Fulfillment.any": shipment.id,
    "FulfillmentItem.any": (await c.resolve("fulfillment").listFulfillmentItems({ fulfillment_id: shipment.id }))[0]
      ?.id,
    "FulfillmentLabel.any": label?.id,
    "Return.any": ret.id,
    "ReturnItem.any": returnItem?.id,
    "ReturnReason.any": reason?.id,
    "OrderExchange.any": exchange.id,
    "OrderExchangeItem.any": exchangeItem?.id,
    "OrderClaim.any": claim.id,
    "OrderClaimItem.any": claimItem?.id,
  });
  const change = await orders.recordOrderChange({
    order_id: guestOrder?.id ?? "",
    change_type: "fulfillment",
    internal_note: "matrix",
    actions: [
      { action: "FULFILL_ITEM", reference: "order_line_item", reference_id: orderLine?.id, details: { quantity: 1 } },
    ],
  });
  const [action] = await orders.listOrderChangeActions({ order_change_id: change.id });
  const transaction = await orders.recordOrderTransaction({
    order_id: guestOrder?.id ?? "",
    amount: "30",
    currency_code: "eur",
    reference: "capture",
  });
  Object.assign(out, {
    "OrderChange.any": change.id,
    "OrderChangeAction.any": action?.id,
    "OrderTransaction.any": transaction.id,
  });
  const promotion = c.resolve("promotion");
  const [campaign] = await promotion.createCampaignsWithBudget([
    { name: "Matrix", campaign_identifier: "matrix", budget: { type: "usage", limit: "10" } },
  ]);
  const [promo] = await promotion.createPromotionsWithDetails([
    {
      code: "MATRIX10",
      status: "active",
      campaign_id: campaign?.id,
      application_method: { type: "percentage", target_type: "items", allocation: "across", value: "10" },
    },
  ]);
  Object.assign(out, { "Promotion.any": promo?.id, "Campaign.any": campaign?.id });
  return Object.fromEntries(Object.entries(out).map(([key, id]) => [key, String(id ?? "")]));
}
