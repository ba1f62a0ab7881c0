import { model } from "../../../../../src/framework/modules/model.ts";

export const Review = model("Review", { idPrefix: "rev", searchable: ["title", "content"] });
