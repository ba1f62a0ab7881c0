import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pendingHandWritten, pendingSchemaChanges } from "../../../src/framework/database/generate-migration.ts";
import { currentSchemaSdl } from "../../../src/framework/graphql/print.ts";
import { loadConfig } from "../../../src/framework/config/load-config.ts";
import { moduleDir, moduleEntries } from "../../../src/framework/modules/load-modules.ts";
import { useProject } from "../../../src/framework/paths.ts";

// What `TESSERA_PROJECT=examples/seed tessera db:check` and `print-schema --check` check, for this project.
const project = useProject("examples/seed");

describe("the example project's committed artefacts are current", () => {
  // Prisma's schema engine replays the product's and the project's migrations into a shadow database.
  it(
    "its migrations, after the product's, produce exactly the Prisma schema of both (no drift)",
    { timeout: 180_000 },
    () => {
      expect(pendingSchemaChanges(project).map((s) => s.sql)).toEqual([]);
    },
  );

  it("the hand-written SQL of its modules (indexes.sql) is in its migrations", async () => {
    const config = await loadConfig(project.root);
    const dirs = (await moduleEntries(config)).flatMap((e) =>
      typeof e.resolve === "string" ? [moduleDir(e.resolve)] : [],
    );
    expect(dirs.map((d) => path.relative(project.sourceRoot, d))).toEqual(
      expect.arrayContaining(["modules/hello", "modules/brand", "modules/manager"]),
    );
    for (const dir of dirs)
      expect({ module: path.basename(dir), pending: pendingHandWritten(dir) }).toEqual({
        module: path.basename(dir),
        pending: [],
      });
  });

  it("examples/seed/schema/schema.graphql is the printed schema", async () => {
    const committed = readFileSync(path.join(project.root, "schema", "schema.graphql"), "utf8");
    expect(await currentSchemaSdl()).toBe(committed);
  });
});
