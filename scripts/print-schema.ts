// Writes schema/schema.graphql (sorted SDL) from the modules the project config loads.
// With --check, writes nothing and fails when the committed file is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { currentSchemaSdl } from "../src/framework/graphql/print.ts";
import { projectRoot } from "../src/framework/paths.ts";

const file = path.join(projectRoot, "schema", "schema.graphql");
const sdl = await currentSchemaSdl();
if (process.argv.includes("--check")) {
  if (!existsSync(file) || readFileSync(file, "utf8") !== sdl) {
    console.error("schema/schema.graphql is stale: run `npm run schema:print` and commit it.");
    process.exit(1);
  }
  console.log("schema/schema.graphql is current.");
} else {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, sdl);
  console.log("wrote schema/schema.graphql");
}
