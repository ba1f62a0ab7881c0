import { model } from "../../framework/modules/model.ts";

export const PaymentCollection = model("PaymentCollection", {
  idPrefix: "paycol",
  searchable: ["currency_code", "status"],
  cascades: { delete: ["payment_sessions", "payments"] },
});
export const PaymentSession = model("PaymentSession", { idPrefix: "payses", searchable: ["provider_id"] });
export const Payment = model("Payment", {
  idPrefix: "pay",
  searchable: ["provider_id"],
  cascades: { delete: ["captures", "refunds"] },
});
export const Capture = model("Capture", { idPrefix: "capt" });
export const Refund = model("Refund", { idPrefix: "ref", searchable: ["note", "reason"] });
// Ids are `pp_<identifier>_<id>`, given, not generated: no Node type (node(id) reads prefixed
// ULIDs); the storefront's `paymentProviders` list is written by hand in graphql/.
export const PaymentProvider = model("PaymentProvider", { graphql: false });
