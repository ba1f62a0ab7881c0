import { moduleRowSteps } from "../../common/steps/module-rows.ts";

// The product module's row steps: the shared factories bound to its service.
export const { createRowsStep, updateRowsStep, softDeleteRowsStep } = moduleRowSteps("product");
export { each, columnsOf } from "../../common/steps/module-rows.ts";
