import { model } from "../../framework/modules/model.ts";

export const InventoryItem = model("InventoryItem", {
  idPrefix: "iitem",
  searchable: ["sku", "title"],
  cascades: { delete: ["levels", "reservations"] },
});
export const InventoryLevel = model("InventoryLevel", { idPrefix: "ilev" });
export const ReservationItem = model("ReservationItem", { idPrefix: "resitem", searchable: ["description"] });
