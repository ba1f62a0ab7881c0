// The one-step row workflows serve every module now; they live in ../common.
export { rowsWorkflow, deleteWorkflow, type AdditionalData } from "../common/rows-workflows.ts";
