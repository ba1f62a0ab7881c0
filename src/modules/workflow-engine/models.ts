import { model } from "../../framework/modules/model.ts";

export const WorkflowExecution = model("WorkflowExecution", { idPrefix: "wfexec" });
