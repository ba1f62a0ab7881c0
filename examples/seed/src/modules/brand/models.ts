import { model } from "../../../../../src/framework/modules/model.ts";

export const Brand = model("Brand", { idPrefix: "brand", searchable: ["name", "handle"] });
