/**
 * Who may call each root field and mutation: the documented access of the GraphQL API.
 * test/access-matrix.spec.ts checks every entry against the running schema, and fails for a
 * root field missing here, so a new field needs a line in this table and nothing else.
 */
export const callers = ["anonymous", "customer", "adminUser", "secretKey", "publishableKey", "registeringUser", "registeringCustomer"] as const;
export type Caller = (typeof callers)[number];

/** Admin users and secret API keys. */
const admin: Caller[] = ["adminUser", "secretKey"];
/** Storefront reads: a publishable key, or admin. */
const store: Caller[] = [...admin, "publishableKey"];
const customer: Caller[] = ["customer"];

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
  "Query.brand": store,
  "Query.brands": store,
  // Admin data.
  "Query.apiKeys": admin,
  "Query.currentUser": admin,
  "Query.users": admin,
  "Query.invites": admin,
  "Query.customers": admin,
  "Query.customerGroups": admin,
  "Query.salesChannels": admin,
  "Query.myCustoms": admin,
  "Query.productBrandLinks": admin,
  "Query.productMyCustomLinks": admin,
  // The logged-in customer's own data.
  "Query.currentCustomer": customer,

  // Catalogue writes.
  "Mutation.createProduct": admin,
  "Mutation.createBrand": admin,
  "Mutation.updateBrand": admin,
  "Mutation.deleteBrand": admin,
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
  "Mutation.createCustomerGroup": admin,
  "Mutation.addCustomersToGroup": admin,
  // Registration: an identity that has credentials but no actor yet.
  "Mutation.acceptInvite": ["registeringUser"],
  "Mutation.registerCustomer": ["registeringCustomer"],
  // The logged-in customer.
  "Mutation.updateCurrentCustomer": customer,
  "Mutation.addCurrentCustomerAddress": customer,
  "Mutation.deleteCurrentCustomerAddress": customer,
};
