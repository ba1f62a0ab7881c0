import { model } from "../../framework/modules/model.ts";

export const Region = model("Region", { idPrefix: "reg", searchable: ["name", "currency_code"], cascades: { delete: ["countries"] } });
export const RegionCountry = model("RegionCountry", { idPrefix: "regc", plural: "RegionCountries" });
