import type { TesseraContainer } from "../../framework/container/container.ts";
import type { Context } from "../../framework/modules/service-factory.ts";

/**
 * The ids of the cart's items and shipping methods as they are now: a restore writes a snapshot
 * back only onto the lines that still exist.
 */
export async function liveLineIds(container: TesseraContainer, cartId: string, ctx: Context) {
  const cart = await container
    .resolve("cart")
    .retrieveCart(cartId, { relations: ["items", "shipping_methods"], relationLoadStrategy: "join" }, ctx);
  return {
    items: new Set((cart.items ?? []).map((i) => i.id)),
    methods: new Set((cart.shipping_methods ?? []).map((m) => m.id)),
  };
}
