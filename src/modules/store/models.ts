import { model } from "../../framework/modules/model.ts";

export const Store = model("Store", {
  idPrefix: "store",
  searchable: ["name"],
  cascades: { delete: ["supported_currencies"] },
});
export const StoreCurrency = model("StoreCurrency", { idPrefix: "stocur", plural: "StoreCurrencies" });
