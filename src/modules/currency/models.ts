import { model } from "../../framework/modules/model.ts";

/** Keyed by its ISO code (no generated id). */
export const Currency = model("Currency", { plural: "Currencies", searchable: ["code", "name"] });
