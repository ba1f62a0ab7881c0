import { model } from "../../framework/modules/model.ts";

export const AuthIdentity = model("AuthIdentity", {
  graphql: false,
  idPrefix: "authid",
  plural: "AuthIdentities",
  cascades: { delete: ["provider_identities"] },
});
export const ProviderIdentity = model("ProviderIdentity", {
  graphql: false,
  idPrefix: "provid",
  plural: "ProviderIdentities",
});
export const AuthResetToken = model("AuthResetToken", { graphql: false, idPrefix: "authrst" });
export const AuthEmailVerification = model("AuthEmailVerification", { graphql: false, idPrefix: "authver" });
export const AuthSession = model("AuthSession", { graphql: false, idPrefix: "authses" });
