/**
 * The cart module's domain events, emitted by the cart workflows once the workflow has succeeded
 * (Medusa's names). Every payload is `{ id }` of the cart.
 */
export const CartEvents = {
  CART_CREATED: "cart.created",
  CART_UPDATED: "cart.updated",
} as const;
