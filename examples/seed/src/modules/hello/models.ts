import { model } from "../../../../../src/framework/modules/model.ts";

export const MyCustom = model("MyCustom", { idPrefix: "mc", searchable: ["name"] });
export const HelloUser = model("HelloUser", { idPrefix: "husr", cascades: { delete: ["email"] } });
export const HelloEmail = model("HelloEmail", { idPrefix: "hem" });
export const HelloStore = model("HelloStore", { idPrefix: "hsto", cascades: { delete: ["products"] } });
export const HelloProduct = model("HelloProduct", { idPrefix: "hprod", searchable: ["title"] });
export const HelloOrder = model("HelloOrder", { idPrefix: "hord" });
export const HelloCountry = model("HelloCountry", { plural: "HelloCountries" });
export const HelloCounter = model("HelloCounter");
