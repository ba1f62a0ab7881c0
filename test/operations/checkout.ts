import { graphql } from "../../src/generated/gql/index.ts";

// A storefront's checkout, start to order, as typed operations (the codegen client).

export const CheckoutBrowse = graphql(`
  query CheckoutBrowse($handle: String!, $regionId: ID!) {
    products(first: 5, filter: { handle: { eq: $handle } }) {
      edges { node { id title variants { id sku calculatedPrice(context: { regionId: $regionId }) { calculatedAmount currencyCode } } } }
    }
  }
`);

export const CheckoutCreateCart = graphql(`
  mutation CheckoutCreateCart($input: CreateCartInput!) {
    createCart(input: $input) { cart { id currencyCode totals { total } } userErrors { field code message } }
  }
`);

export const CheckoutShippingOptions = graphql(`
  query CheckoutShippingOptions($cartId: ID!) {
    shippingOptionsForCart(cartId: $cartId) { id name amount currencyCode }
  }
`);

export const CheckoutAddShipping = graphql(`
  mutation CheckoutAddShipping($input: AddShippingMethodToCartInput!) {
    addShippingMethodToCart(input: $input) { cart { id totals { shippingTotal total } } userErrors { field code message } }
  }
`);

export const CheckoutApplyCodes = graphql(`
  mutation CheckoutApplyCodes($input: ApplyCartPromotionCodesInput!) {
    applyCartPromotionCodes(input: $input) {
      cart { id promotionCodes totals { currencyCode subtotal discountTotal taxTotal shippingTotal total } }
      userErrors { field code message }
    }
  }
`);

export const CheckoutCreatePaymentCollection = graphql(`
  mutation CheckoutCreatePaymentCollection($input: CreateCartPaymentCollectionInput!) {
    createCartPaymentCollection(input: $input) {
      payment { paymentCollectionId amount currencyCode status session { id } }
      userErrors { field code message }
    }
  }
`);

export const CheckoutInitiatePayment = graphql(`
  mutation CheckoutInitiatePayment($input: InitiateCartPaymentSessionInput!) {
    initiateCartPaymentSession(input: $input) {
      payment { paymentCollectionId amount currencyCode session { id providerId status amount } cart { id } }
      userErrors { field code message }
    }
  }
`);

export const CheckoutComplete = graphql(`
  mutation CheckoutComplete($input: CompleteCartInput!) {
    completeCart(input: $input) {
      order { id displayId email currencyCode items { variantSku quantity } totals { currencyCode subtotal discountTotal taxTotal shippingTotal total } }
      userErrors { field code message }
    }
  }
`);

export const CheckoutOrder = graphql(`
  query CheckoutOrder($id: ID!) {
    order(id: $id) { id displayId email totals { total } }
  }
`);

export const CheckoutUpdateItem = graphql(`
  mutation CheckoutUpdateItem($input: UpdateCartLineItemInput!) {
    updateCartLineItem(input: $input) { cart { id items { id } totals { total } } userErrors { field code message } }
  }
`);

export const CheckoutCart = graphql(`
  query CheckoutCart($id: ID!) {
    cart(id: $id) { id completedAt items { id quantity } totals { total } }
  }
`);
