import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { access } from "../../framework/graphql/auth-scopes.ts";
import { builder } from "../../framework/graphql/builder.ts";
import { scopedFilters } from "../../framework/links/read-scope.ts";
import { formatAmount } from "../../framework/money/index.ts";
import { listShippingOptionsForCart } from "../reads/shipping-options-for-cart.ts";
import { AvailableShippingOption } from "./available-shipping-options.ts";

// The options a storefront offers at checkout: availableShippingOptions answered from the cart
// (its address, channel, currency, region and items), for the caller's own carts only.
builder.queryField("shippingOptionsForCart", (t) =>
  t.field({
    authScopes: access.store,
    type: [AvailableShippingOption],
    description:
      "The shipping options valid for the cart (its shipping address, its sales channel's stock locations, min/max subtotal rules), each priced in the cart's currency and region; empty without a shipping address. A cart of another customer or channel is NOT_FOUND, like an unknown id.",
    args: { cartId: t.arg.id({ required: true, description: "The cart to ship." }) },
    resolve: async (_root, args, ctx) => {
      const [cart] = await ctx.scope
        .resolve("cart")
        .listCarts(scopedFilters(ctx, "Cart", { id: String(args.cartId) }), { take: 1, select: ["id"] });
      if (!cart) throw new TesseraError(TesseraError.Types.NOT_FOUND, `Cart with id: ${args.cartId} was not found`);
      // Money as the cart shows it: the currency's digits ("4.90").
      return (await listShippingOptionsForCart(ctx.scope, cart.id)).map((o) => ({
        ...o,
        amount: formatAmount(o.amount, o.currency_code),
      }));
    },
  }),
);
