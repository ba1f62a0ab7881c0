import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";

const PaymentProviderRef = builder.objectRef<{ id: string; is_enabled: boolean }>("PaymentProvider").implement({
  description: "A payment provider a storefront may offer (`pp_<identifier>_<id>`).",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Pass it as providerId when creating a payment session." }),
    isEnabled: t.exposeBoolean("is_enabled"),
  }),
});

builder.queryFields((t) => ({
  paymentProviders: t.field({
    authScopes: access.store,
    type: [PaymentProviderRef],
    description: "The enabled payment providers, by id. A handful per shop: a plain list, one SQL statement.",
    resolve: (_root, _args, ctx) =>
      ctx.scope.resolve("payment").listPaymentProviders({ is_enabled: true }, { order: { id: "ASC" } }),
  }),
}));
