import { model } from "../../framework/modules/model.ts";

export const StockLocation = model("StockLocation", { idPrefix: "sloc", searchable: ["name"] });
export const StockLocationAddress = model("StockLocationAddress", {
  idPrefix: "laddr",
  plural: "StockLocationAddresses",
  searchable: ["city", "address_1"],
});
