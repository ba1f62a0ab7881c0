import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pendingHandWritten, pendingSchemaChanges } from "../src/framework/database/generate-migration.ts";
import { currentSchemaSdl } from "../src/framework/graphql/print.ts";
import { loadConfig } from "../src/framework/config/load-config.ts";
import { moduleDir, moduleEntries } from "../src/framework/modules/load-modules.ts";
import { projectRoot } from "../src/framework/paths.ts";

describe("committed artefacts are current", () => {
  // Prisma's schema engine replays every migration into a shadow database: slow on a busy machine.
  it("the migrations produce exactly the Prisma schema (no drift)", { timeout: 180_000 }, () => {
    expect(pendingSchemaChanges().map((s) => s.sql)).toEqual([]);
  });

  it("every module's hand-written SQL (indexes.sql) is in a migration", async () => {
    const config = await loadConfig(projectRoot);
    const dirs = (await moduleEntries(config)).flatMap((e) =>
      typeof e.resolve === "string" ? [moduleDir(e.resolve)] : [],
    );
    expect(dirs.map((d) => path.basename(d))).toEqual(expect.arrayContaining(["product", "tax"]));
    for (const dir of dirs)
      expect({ module: path.basename(dir), pending: pendingHandWritten(dir) }).toEqual({
        module: path.basename(dir),
        pending: [],
      });
  });

  it("schema/schema.graphql is the printed schema", async () => {
    const committed = readFileSync(path.join(projectRoot, "schema", "schema.graphql"), "utf8");
    expect(await currentSchemaSdl()).toBe(committed);
  });
});
