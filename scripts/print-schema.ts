// Writes schema/schema.graphql (sorted SDL) from the modules the project config loads; with
// TESSERA_PROJECT=examples/seed, the project's own schema/schema.graphql.
// With --check, writes nothing and fails when the committed file is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { currentSchemaSdl } from "../src/framework/graphql/print.ts";
import { currentProject, projectRoot } from "../src/framework/paths.ts";

const file = path.join(currentProject().root, "schema", "schema.graphql");
const sdl = await currentSchemaSdl();
if (process.argv.includes("--check")) {
  if (!existsSync(file) || readFileSync(file, "utf8") !== sdl) {
    console.error(
      `${path.relative(projectRoot, file)} is stale: run \`npm run schema:print\` (with TESSERA_PROJECT for a project) and commit it.`,
    );
    process.exit(1);
  }
  console.log(`${path.relative(projectRoot, file)} is current.`);
} else {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, sdl);
  console.log(`wrote ${path.relative(projectRoot, file)}`);
}
