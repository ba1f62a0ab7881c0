import { model } from "../../framework/modules/model.ts";

export const ApiKey = model("ApiKey", { idPrefix: "apk", searchable: ["title", "redacted"] });
