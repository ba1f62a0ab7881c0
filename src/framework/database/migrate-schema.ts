import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { copyPrismaFiles, prismaFiles } from "./schema-snapshot.ts";

/** The path of the Prisma 6.19 CLI (the `prisma-migrate` alias) and its config: only `migrate diff` runs it. */
export const migrateCli = (root: string) => ({
  bin: path.join(root, "node_modules", "prisma-migrate", "build", "index.js"),
  config: path.join(root, "prisma", "migrate.config.ts"),
});

const datasourceBlock = /^(datasource\s+\w+\s*\{)([\s\S]*?)^\}/m;

/**
 * Copies the .prisma files under `schemaDir` (symlinks followed) into `into`, giving the datasource
 * the `url` Prisma 6.19 requires: Prisma 7 forbids it in the schema, and the diff never connects
 * with it (prisma/migrate.config.ts sets a dummy DATABASE_URL). Returns `into`.
 */
export function schemaForMigrate(schemaDir: string, into: string): string {
  copyPrismaFiles(schemaDir, into);
  for (const file of prismaFiles(into)) {
    const full = path.join(into, file);
    const text = readFileSync(full, "utf8");
    const block = datasourceBlock.exec(text);
    if (!block || /^\s*url\s*=/m.test(block[2] ?? "")) continue;
    writeFileSync(full, text.replace(datasourceBlock, `$1$2  url = env("DATABASE_URL")\n}`));
  }
  return into;
}
