import { model } from "../../../../../src/framework/modules/model.ts";

export const Manager = model("Manager", { idPrefix: "manager", searchable: ["email"] });
