// The store module's core flows: every store mutation runs one of these.
export { createStoresWorkflow, updateStoresWorkflow, deleteStoresWorkflow } from "./stores.ts";
