import { model } from "../../framework/modules/model.ts";

export const SalesChannel = model("SalesChannel", { idPrefix: "sc", searchable: ["name", "description"] });
