import { model } from "../../framework/modules/model.ts";

export const Customer = model("Customer", {
  idPrefix: "cus",
  searchable: ["email", "first_name", "last_name", "company_name"],
  cascades: { delete: ["addresses"] },
});
export const CustomerAddress = model("CustomerAddress", { idPrefix: "cuaddr", plural: "CustomerAddresses" });
export const CustomerGroup = model("CustomerGroup", { idPrefix: "cusgroup", searchable: ["name"] });
