import { Module } from "../../framework/modules/module.ts";
import { WORKFLOW_ENGINE } from "../../framework/workflows/engine-api.ts";
import startEngine from "./loaders/start-engine.ts";
import WorkflowEngineService from "./service.ts";

/** Medusa's `WORKFLOW_ENGINE`: the container key of the engine. */
export { WORKFLOW_ENGINE };

export default Module(WORKFLOW_ENGINE, { service: WorkflowEngineService, loaders: [startEngine] });
