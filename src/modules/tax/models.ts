import { model } from "../../framework/modules/model.ts";

export const TaxRegion = model("TaxRegion", {
  idPrefix: "txreg",
  searchable: ["country_code", "province_code"],
  cascades: { delete: ["children", "tax_rates"] },
});
export const TaxRate = model("TaxRate", {
  idPrefix: "txr",
  searchable: ["code", "name"],
  cascades: { delete: ["rules"] },
});
export const TaxRateRule = model("TaxRateRule", { idPrefix: "txrule" });
