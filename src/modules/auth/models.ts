import { model } from "../../framework/modules/model.ts";

export const AuthIdentity = model("AuthIdentity", { idPrefix: "authid", plural: "AuthIdentities", cascades: { delete: ["provider_identities"] } });
export const ProviderIdentity = model("ProviderIdentity", { idPrefix: "provid", plural: "ProviderIdentities" });
export const AuthResetToken = model("AuthResetToken", { idPrefix: "authrst" });
export const AuthEmailVerification = model("AuthEmailVerification", { idPrefix: "authver" });
export const AuthSession = model("AuthSession", { idPrefix: "authses" });
