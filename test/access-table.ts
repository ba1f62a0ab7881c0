/**
 * Who may call each root field and mutation, who reads each Node type by id, and which fields a
 * storefront reads: the documented access of the GraphQL API. test/access-matrix.spec.ts checks
 * every entry against the running schema, and fails for a root field, Node type, or field reachable
 * from the storefront's root fields missing here, so a new one needs a line in this file.
 */
export const callers = [
  "anonymous",
  "publishableKey",
  "keyWithoutChannel",
  "customer",
  "otherCustomer",
  "adminUser",
  "secretKey",
  "registeringUser",
  "registeringCustomer",
] as const;
export type Caller = (typeof callers)[number];

/** Admin users and secret API keys. */
const admin: Caller[] = ["adminUser", "secretKey"];
/** Storefront reads: a publishable key (customers send theirs with their token), or admin. */
const store: Caller[] = [...admin, "publishableKey", "keyWithoutChannel", "customer", "otherCustomer"];
/** A logged-in customer (each caller reads their own data). */
const customer: Caller[] = ["customer", "otherCustomer"];
/** Registering, logging in, resetting: a storefront (customers send its key too), or no credentials at all. */
const guest: Caller[] = ["anonymous", "publishableKey", "keyWithoutChannel", "customer", "otherCustomer"];
/** Storefronts whose key has the seeded sales channel (products in other channels are not theirs). */
const channel: Caller[] = [...admin, "publishableKey", "customer", "otherCustomer"];

export const accessTable: Record<string, readonly Caller[]> = {
  // Catalogue reads: storefronts (publishable key) and admins.
  "Query.node": store,
  "Query.nodes": store,
  "Query.product": store,
  "Query.products": store,
  "Query.productVariants": store,
  "Query.productCategory": store,
  "Query.productCategories": store,
  "Query.productCollection": store,
  "Query.productCollections": store,
  "Query.productTags": store,
  "Query.productTypes": store,
  // Catalog commerce: regions, currencies, prices and taxes are storefront reads; the rest is admin.
  "Query.calculatedPrices": store,
  "Query.currencies": store,
  "Query.currency": store,
  "Query.inventoryItem": admin,
  "Query.inventoryItems": admin,
  "Query.priceList": admin,
  "Query.priceLists": admin,
  "Query.pricePreferences": admin,
  "Query.priceSet": admin,
  "Query.priceSets": admin,
  "Query.region": store,
  "Query.regions": store,
  "Query.countries": admin,
  "Query.promotion": admin,
  "Query.promotions": admin,
  "Query.campaign": admin,
  "Query.campaigns": admin,
  "Query.reservations": admin,
  "Query.stockLocation": admin,
  "Query.stockLocations": admin,
  // The public part of the store (name, currencies, default region and channel, countries) is a storefront read.
  "Query.store": store,
  "Query.productFacets": store,
  "Query.stores": admin,
  "Query.taxLines": store,
  // Shipping: a shopper reads the options valid for an address; zones, rules and profiles are admin data.
  "Query.availableShippingOptions": store,
  "Query.fulfillmentSets": admin,
  "Query.geoZones": admin,
  "Query.serviceZones": admin,
  "Query.shippingOptionRules": admin,
  "Query.shippingOptionTypes": admin,
  "Query.shippingOptions": admin,
  "Query.shippingProfiles": admin,
  "Query.taxRates": admin,
  "Query.taxRegion": admin,
  "Query.taxRegions": admin,
  // Admin data.
  "Query.apiKeys": admin,
  "Query.currentUser": admin,
  "Query.users": admin,
  "Query.invites": admin,
  "Query.customers": admin,
  "Query.customerGroups": admin,
  "Query.salesChannels": admin,
  "Query.cartPromotionLinks": admin,
  "Query.productVariantInventoryItemLinks": admin,
  "Query.productVariantPriceSetLinks": admin,
  "Query.productSalesChannelLinks": admin,
  "Query.salesChannelStockLocationLinks": admin,
  "Query.shippingOptionPriceSetLinks": admin,
  "Query.cartPaymentCollectionLinks": admin,
  "Query.orderCartLinks": admin,
  "Query.orderPaymentCollectionLinks": admin,
  "Query.stockLocationFulfillmentProviderLinks": admin,
  "Query.stockLocationFulfillmentSetLinks": admin,
  // The logged-in customer's own data.
  "Query.currentCustomer": customer,
  // Payments: storefronts list the providers to offer; the money is admin data.
  "Query.paymentProviders": store,
  "Query.paymentCollections": admin,
  "Query.paymentSessions": admin,
  "Query.payments": admin,
  "Query.captures": admin,
  "Query.refunds": admin,
  "Mutation.capturePayment": admin,
  "Mutation.refundPayment": admin,
  // Order lifecycle (fulfilments, shipments, returns, exchanges, claims): admin work, except a
  // customer asking to return items of their own order (another's is NOT_FOUND, not a denial).
  "Query.fulfillments": admin,
  "Query.fulfillmentItems": admin,
  "Query.fulfillmentLabels": admin,
  "Query.returns": admin,
  "Query.returnItems": admin,
  "Query.returnReasons": admin,
  "Query.exchanges": admin,
  "Query.exchangeItems": admin,
  "Query.claims": admin,
  "Query.claimItems": admin,
  "Query.orderFulfillmentLinks": admin,
  "Query.returnFulfillmentLinks": admin,
  "Mutation.createOrderFulfillment": admin,
  "Mutation.cancelOrderFulfillment": admin,
  "Mutation.createOrderShipment": admin,
  "Mutation.markOrderFulfillmentDelivered": admin,
  "Mutation.requestOrderReturn": admin,
  "Mutation.receiveOrderReturn": admin,
  "Mutation.createOrderExchange": admin,
  "Mutation.createOrderClaim": admin,
  "Mutation.createReturnReason": admin,
  "Mutation.updateReturnReason": admin,
  "Mutation.deleteReturnReason": admin,
  "Mutation.requestReturn": customer,
  // Carts: storefronts, each reading the carts of its key's channels that are guests' or its own
  // (another's is NOT_FOUND, not a denial).
  "Query.cart": store,
  // The shipping options valid for a cart the caller may read (another's is NOT_FOUND).
  "Query.shippingOptionsForCart": store,
  // Orders: a guest's read with a key of its channel, a customer's by that customer (another
  // caller's is NOT_FOUND, not a denial); completeCart changes the carts the caller may read.
  "Query.order": store,
  // A guest's order by id and the email it was placed with (a wrong email is NOT_FOUND, not a denial).
  "Query.guestOrder": store,
  // Order management: the list, the history and the money are admin work.
  "Query.orders": admin,
  "Query.orderChanges": admin,
  "Query.orderChangeActions": admin,
  "Query.orderTransactions": admin,
  "Mutation.captureOrderPayment": admin,
  "Mutation.refundOrderPayment": admin,
  "Mutation.cancelOrder": admin,
  "Mutation.completeCart": store,
  "Mutation.createCartPaymentCollection": store,
  "Mutation.initiateCartPaymentSession": store,
  // Order management after placement: admins only (order edits, draft orders, order promotions).
  "Query.orderEdit": admin,
  "Mutation.applyOrderPromotions": admin,
  "Mutation.beginOrderEdit": admin,
  "Mutation.orderEditAddItems": admin,
  "Mutation.orderEditUpdateItem": admin,
  "Mutation.orderEditRemoveItem": admin,
  "Mutation.confirmOrderEdit": admin,
  "Mutation.cancelOrderEdit": admin,
  "Mutation.createDraftOrder": admin,
  "Mutation.convertDraftOrder": admin,
  "Query.draftOrders": admin,

  // Catalogue writes.
  "Mutation.createProduct": admin,
  "Mutation.createInventoryItem": admin,
  "Mutation.createInventoryLevel": admin,
  "Mutation.createPriceList": admin,
  "Mutation.createPriceSet": admin,
  "Mutation.createRegion": admin,
  "Mutation.createReservation": admin,
  "Mutation.createStockLocation": admin,
  "Mutation.createStore": admin,
  "Mutation.createTaxRate": admin,
  "Mutation.createTaxRegion": admin,
  "Mutation.deleteInventoryItem": admin,
  "Mutation.deleteInventoryLevel": admin,
  "Mutation.deletePriceList": admin,
  "Mutation.deletePricePreference": admin,
  "Mutation.deletePriceSet": admin,
  "Mutation.deleteRegion": admin,
  "Mutation.deleteReservation": admin,
  "Mutation.deleteStockLocation": admin,
  "Mutation.deleteStore": admin,
  "Mutation.deleteTaxRate": admin,
  "Mutation.deleteTaxRegion": admin,
  "Mutation.setPricePreference": admin,
  "Mutation.updateInventoryItem": admin,
  "Mutation.updateInventoryLevel": admin,
  "Mutation.adjustInventoryLevel": admin,
  "Mutation.linkInventoryItemToVariant": admin,
  "Mutation.updatePriceList": admin,
  "Mutation.updatePriceSet": admin,
  "Mutation.updateRegion": admin,
  "Mutation.updateReservation": admin,
  "Mutation.updateStockLocation": admin,
  "Mutation.updateStore": admin,
  "Mutation.updateTaxRate": admin,
  "Mutation.updateTaxRegion": admin,
  "Mutation.createShippingProfile": admin,
  "Mutation.updateShippingProfile": admin,
  "Mutation.deleteShippingProfile": admin,
  "Mutation.createFulfillmentSet": admin,
  "Mutation.deleteFulfillmentSet": admin,
  "Mutation.createServiceZone": admin,
  "Mutation.updateServiceZone": admin,
  "Mutation.deleteServiceZone": admin,
  "Mutation.createShippingOption": admin,
  "Mutation.updateShippingOption": admin,
  "Mutation.deleteShippingOption": admin,
  "Mutation.updateProduct": admin,
  "Mutation.deleteProduct": admin,
  "Mutation.createProductVariant": admin,
  "Mutation.updateProductVariant": admin,
  "Mutation.deleteProductVariant": admin,
  "Mutation.createProductOption": admin,
  "Mutation.updateProductOption": admin,
  "Mutation.deleteProductOption": admin,
  "Mutation.createProductCategory": admin,
  "Mutation.updateProductCategory": admin,
  "Mutation.deleteProductCategory": admin,
  "Mutation.createProductCollection": admin,
  "Mutation.updateProductCollection": admin,
  "Mutation.deleteProductCollection": admin,
  "Mutation.createProductTag": admin,
  // Promotions and campaigns: admin work (a storefront applies a code to its cart, never reads them).
  "Mutation.createPromotion": admin,
  "Mutation.updatePromotion": admin,
  "Mutation.deletePromotion": admin,
  "Mutation.addPromotionRules": admin,
  "Mutation.removePromotionRules": admin,
  "Mutation.createCampaign": admin,
  "Mutation.updateCampaign": admin,
  "Mutation.deleteCampaign": admin,
  // Workflow engine: resuming or failing an async step, and reading an execution, are admin work.
  "Mutation.setWorkflowStepFailure": admin,
  "Mutation.setWorkflowStepSuccess": admin,
  "Query.workflowExecution": admin,
  "Query.workflowExecutions": admin,
  "Mutation.updateProductTag": admin,
  "Mutation.deleteProductTag": admin,
  "Mutation.createProductType": admin,
  "Mutation.updateProductType": admin,
  "Mutation.deleteProductType": admin,
  // Access management.
  "Mutation.createApiKey": admin,
  "Mutation.revokeApiKey": admin,
  "Mutation.createInvite": admin,
  "Mutation.deleteUser": admin,
  "Mutation.createSalesChannel": admin,
  "Mutation.updateSalesChannel": admin,
  "Mutation.deleteSalesChannel": admin,
  "Mutation.addProductsToSalesChannel": admin,
  "Mutation.removeProductsFromSalesChannel": admin,
  "Mutation.addStockLocationsToSalesChannel": admin,
  "Mutation.removeStockLocationsFromSalesChannel": admin,
  "Mutation.createCustomerGroup": admin,
  "Mutation.addCustomersToGroup": admin,
  // Registration: an identity that has credentials but no actor yet.
  // Without credentials, with a password: the invite mailed to the address proves it.
  "Mutation.acceptInvite": ["anonymous", "registeringUser"],
  "Mutation.registerCustomer": ["registeringCustomer"],
  // Carts: any storefront (guest or customer) changes the carts it may read.
  "Mutation.createCart": store,
  "Mutation.addCartLineItem": store,
  "Mutation.updateCartLineItem": store,
  "Mutation.removeCartLineItem": store,
  "Mutation.updateCart": store,
  "Mutation.addShippingMethodToCart": store,
  "Mutation.applyCartPromotionCodes": store,
  "Mutation.removeCartPromotionCodes": store,
  // The logged-in customer.
  "Mutation.updateCurrentCustomer": customer,
  "Mutation.addCurrentCustomerAddress": customer,
  "Mutation.deleteCurrentCustomerAddress": customer,
  "Mutation.updateCurrentCustomerAddress": customer,
  "Mutation.updateCurrentCustomerPassword": customer,
  "Mutation.updateCurrentCustomerEmail": customer,
  // Customer auth: a storefront or a caller without credentials registers, verifies, logs in and resets.
  "Mutation.requestCustomerRegistration": guest,
  "Mutation.verifyCustomerEmail": guest,
  "Mutation.logInCustomer": guest,
  "Mutation.requestCustomerPasswordReset": guest,
  "Mutation.resetCustomerPassword": guest,
  // The customer's own token, before or after the customer exists.
  "Mutation.refreshCustomerToken": [...customer, "registeringCustomer"],
  "Mutation.logOutCustomer": [...customer, "registeringCustomer"],
};

/**
 * `node(id:)` of each Node type's seeded records (test/access-seed.ts): the callers that get the
 * record. Everyone else who may call `node` gets NOT_FOUND, exactly as for an unknown id.
 */
export const nodeAccess: Record<string, Record<string, readonly Caller[]>> = {
  // The catalogue: published products of the key's channels, and what belongs to them.
  Product: { published: channel, draft: admin, otherChannel: admin },
  ProductVariant: { published: channel, draft: admin, otherChannel: admin },
  ProductOption: { published: channel, draft: admin, otherChannel: admin },
  ProductOptionValue: { published: channel, draft: admin, otherChannel: admin },
  ProductImage: { published: channel, draft: admin, otherChannel: admin },
  ProductCategory: { public: store, internal: admin, inactive: admin },
  ProductTag: { any: store },
  ProductType: { any: store },
  ProductCollection: { any: store },
  Region: { any: store },
  RegionCountry: { any: admin },
  // A customer's own records (the seeded ones are the "customer" caller's).
  Customer: { own: ["customer", ...admin] },
  CustomerAddress: { own: ["customer", ...admin] },
  CustomerGroup: { own: ["customer", ...admin] },
  // Carts: a guest's is read with a key of its channel; a customer's by that customer alone.
  Cart: { guest: channel, own: ["customer", ...admin] },
  Order: { guest: channel, own: ["customer", ...admin] },
  // An order's history and money: admin data, also for the order's own customer.
  OrderChange: { any: admin },
  OrderChangeAction: { any: admin },
  OrderTransaction: { any: admin },
  // Admin data: prices and their lists and rules, stock, locations, settings, access.
  Price: { any: admin },
  PriceSet: { any: admin },
  PriceList: { any: admin },
  PricePreference: { any: admin },
  Promotion: { any: admin },
  Campaign: { any: admin },
  InventoryItem: { any: admin },
  InventoryLevel: { any: admin },
  ReservationItem: { any: admin },
  StockLocation: { any: admin },
  SalesChannel: { any: admin },
  Store: { any: store },
  TaxRate: { any: admin },
  TaxRegion: { any: admin },
  FulfillmentSet: { any: admin },
  GeoZone: { any: admin },
  ServiceZone: { any: admin },
  ShippingOption: { any: admin },
  ShippingOptionRule: { any: admin },
  ShippingOptionType: { any: admin },
  ShippingProfile: { any: admin },
  User: { any: admin },
  Invite: { pending: admin },
  ApiKey: { any: admin },
  PaymentCollection: { any: admin },
  PaymentSession: { any: admin },
  Payment: { any: admin },
  Capture: { any: admin },
  Refund: { any: admin },
  // Order lifecycle records: admin data (a storefront sees its order, not its fulfilments).
  Fulfillment: { any: admin },
  FulfillmentItem: { any: admin },
  FulfillmentLabel: { any: admin },
  Return: { any: admin },
  ReturnItem: { any: admin },
  ReturnReason: { any: admin },
  OrderExchange: { any: admin },
  OrderExchangeItem: { any: admin },
  OrderClaim: { any: admin },
  OrderClaimItem: { any: admin },
};

/**
 * Every object type reachable from the storefront's root fields, and its fields: `store` ones are
 * read by whoever reaches the type, `admin` ones are FORBIDDEN (null, with the error) for everyone
 * else. The walk follows only `store` fields.
 */
export const storefrontFields: Record<string, { store: string; admin?: string }> = {
  Product: {
    store:
      "categories collection createdAt description discountable externalId handle id images isGiftcard material metadata options originCountry priceRange status subtitle tags thumbnail title type updatedAt variants weight",
    admin: "salesChannels",
  },
  ProductVariant: {
    store:
      "allowBackorder availability barcode calculatedPrice createdAt ean id manageInventory metadata options product sku title upc updatedAt variantRank weight",
    admin: "inventoryItems inventoryQuantity priceSet prices",
  },
  ProductOption: { store: "id metadata product title values" },
  ProductOptionValue: { store: "id option value" },
  ProductImage: { store: "id metadata rank url" },
  ProductCategory: {
    store:
      "categoryChildren children createdAt description handle id isActive isInternal metadata name parentCategory products rank",
  },
  ProductCollection: { store: "createdAt handle id metadata products title" },
  ProductTag: { store: "createdAt id metadata value" },
  ProductType: { store: "createdAt id metadata value" },
  CalculatedPrice: {
    store:
      "calculated calculatedAmount calculatedAmountWithTax calculatedAmountWithoutTax calculatedPrice calculatedWithTax calculatedWithoutTax currencyCode id isCalculatedPricePriceList isCalculatedPriceTaxInclusive isOriginalPricePriceList isOriginalPriceTaxInclusive original originalAmount originalAmountWithTax originalAmountWithoutTax originalPrice originalWithTax originalWithoutTax taxLines",
  },
  Money: { store: "amount currencyCode" },
  PriceRange: { store: "max min" },
  ProductFacets: { store: "categories collections optionValues priceBands tags" },
  ProductFacetValue: { store: "count id label option" },
  ProductPriceBand: { store: "count max min" },
  Store: {
    store:
      "countries createdAt defaultCurrencyCode defaultRegion defaultRegionId defaultSalesChannelId id name supportedCurrencies",
    admin: "defaultLocationId metadata",
  },
  StoreCurrency: { store: "currencyCode isDefault" },
  CalculatedPriceSide: { store: "id maxQuantity minQuantity priceListId priceListType" },
  VariantAvailability: { store: "allowBackorder inStock inventoryQuantity manageInventory" },
  TaxLine: { store: "code itemId name providerId rate rateId" },
  PaymentProvider: { store: "id isEnabled" },
  // The storefront's view of paying for its own cart (only through its payment mutations).
  CartPayment: { store: "amount cart currencyCode paymentCollectionId session status" },
  CartPaymentSession: { store: "amount currencyCode data id providerId status" },
  AvailableShippingOption: { store: "amount currencyCode id isTaxInclusive name type" },
  ShippingOptionTypeInfo: { store: "code description label" },
  Currency: { store: "code decimalDigits name rounding symbol symbolNative" },
  Region: { store: "automaticTaxes countries createdAt currencyCode id isTaxInclusive metadata name updatedAt" },
  Customer: {
    store: "addresses companyName createdAt email firstName groups hasAccount id lastName metadata orders phone",
  },
  // The customer's own orders (Customer.orders).
  CustomerOrderConnection: { store: "edges pageInfo totalCount" },
  CustomerOrderEdge: { store: "cursor node" },
  CustomerAddress: {
    store:
      "address1 address2 addressName city company countryCode firstName id isDefaultBilling isDefaultShipping lastName phone postalCode province",
  },
  CustomerGroup: { store: "createdAt id name", admin: "customers" },
  Cart: {
    store:
      "billingAddress completedAt createdAt currencyCode customerId email id items metadata order promotionCodes regionId salesChannelId shippingAddress shippingMethods totals updatedAt",
    // The promotions themselves (the cart_promotion link's connection) and the payment collection are admin data.
    admin: "paymentCollection promotions",
  },
  CartAddress: {
    store: "address1 address2 city company countryCode firstName id lastName metadata phone postalCode province",
  },
  CartLineItem: {
    store:
      "adjustments compareAtUnitPrice currencyCode id isTaxInclusive metadata productHandle productId productTitle quantity requiresShipping subtitle taxLines thumbnail title totals unitPrice variantId variantSku variantTitle",
  },
  CartLineItemAdjustment: { store: "amount code currencyCode description id isTaxInclusive promotionId" },
  CartLineItemTaxLine: { store: "code description id providerId rate taxRateId" },
  CartShippingMethod: {
    store: "adjustments amount currencyCode id isTaxInclusive name shippingOptionId taxLines totals",
  },
  CartShippingMethodAdjustment: { store: "amount code currencyCode description id isTaxInclusive promotionId" },
  CartShippingMethodTaxLine: { store: "code description id providerId rate taxRateId" },
  CartLineTotals: { store: "currencyCode discountTotal originalTotal subtotal taxTotal total" },
  CartTotals: {
    store:
      "currencyCode discountTotal itemDiscountTotal itemSubtotal itemTaxTotal itemTotal originalTotal shippingDiscountTotal shippingSubtotal shippingTaxTotal shippingTotal subtotal taxTotal total",
  },
  Order: {
    store:
      "billingAddress canceledAt cart createdAt currencyCode customerId displayId email fulfillmentStatus id items metadata paymentStatus regionId salesChannelId shippingAddress shippingMethods status summary totals updatedAt version",
    // Who changed what (internal notes, actors), the money's records and the payments: shop data.
    admin: "changes fulfillments paymentCollections payments transactions",
  },
  OrderAddress: { store: "address1 address2 city company countryCode firstName id lastName phone postalCode province" },
  OrderLineItem: {
    store:
      "adjustments compareAtUnitPrice deliveredQuantity fulfilledQuantity id isTaxInclusive productHandle productId productTitle quantity requiresShipping returnReceivedQuantity returnRequestedQuantity shippedQuantity subtitle taxLines thumbnail title totals unitPrice variantId variantSku variantTitle writtenOffQuantity",
  },
  OrderLineItemAdjustment: { store: "amount code description id isTaxInclusive promotionId" },
  OrderLineItemTaxLine: { store: "code description id rate taxRateId" },
  OrderShippingMethod: { store: "adjustments amount id isTaxInclusive name shippingOptionId taxLines totals" },
  OrderShippingMethodAdjustment: { store: "amount code description id isTaxInclusive promotionId" },
  OrderShippingMethodTaxLine: { store: "code description id rate taxRateId" },
  OrderSummary: { store: "currencyCode paidTotal pendingDifference refundedTotal total" },
  OrderLineTotals: { store: "currencyCode discountTotal originalTotal subtotal taxTotal total" },
  OrderTotals: {
    store:
      "currencyCode discountTotal itemDiscountTotal itemSubtotal itemTaxTotal itemTotal originalTotal shippingDiscountTotal shippingSubtotal shippingTaxTotal shippingTotal subtotal taxTotal total",
  },
  // Pages of the root lists and link lists: as their records.
  PageInfo: { store: "endCursor hasNextPage hasPreviousPage startCursor" },
  ...Object.fromEntries(
    [
      "Product",
      "ProductVariant",
      "ProductCategory",
      "ProductCollection",
      "ProductTag",
      "ProductType",
      "Currency",
      "Region",
    ].flatMap((name) => [
      [`${name}Connection`, { store: "edges pageInfo totalCount" }],
      [`${name}Edge`, { store: "cursor node" }],
    ]),
  ),
};
