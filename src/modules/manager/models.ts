import { model } from "../../framework/modules/model.ts";

export const Manager = model("Manager", { idPrefix: "manager", searchable: ["email"] });
