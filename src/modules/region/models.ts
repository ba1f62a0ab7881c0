import { model } from "../../framework/modules/model.ts";

export const Region = model("Region", {
  idPrefix: "reg",
  searchable: ["name", "currency_code"],
  cascades: { delete: ["countries"] },
});
// Prisma names models globally, hence the prefix; the service keeps Medusa's names (listCountries).
export const RegionCountry = model("RegionCountry", { singular: "Country", plural: "Countries", idPrefix: "regc" });
