import { model } from "../../framework/modules/model.ts";

export const PriceSet = model("PriceSet", { idPrefix: "pset", cascades: { delete: ["prices"] } });
export const Price = model("Price", { idPrefix: "price", cascades: { delete: ["price_rules"] } });
export const PriceRule = model("PriceRule", { idPrefix: "prule" });
export const PriceList = model("PriceList", {
  idPrefix: "plist",
  searchable: ["title", "description"],
  cascades: { delete: ["prices", "rules"] },
});
export const PriceListRule = model("PriceListRule", { idPrefix: "plrule" });
export const PricePreference = model("PricePreference", { idPrefix: "prpref", searchable: ["value"] });
