import path from "node:path";
import { projectRoot } from "../src/framework/paths.ts";
import { accessMatrix } from "./access-matrix-suite.ts";
import { accessTable } from "./access-table.ts";

accessMatrix({ sdlFile: path.join(projectRoot, "schema", "schema.graphql"), accessTable });
