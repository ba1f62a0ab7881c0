import { model } from "../../framework/modules/model.ts";

export const Brand = model("Brand", { idPrefix: "brand", searchable: ["name", "handle"] });
