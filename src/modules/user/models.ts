import { model } from "../../framework/modules/model.ts";

export const User = model("User", { idPrefix: "user", searchable: ["email", "first_name", "last_name"] });
export const UserInvite = model("UserInvite", { idPrefix: "invite", searchable: ["email"] });
