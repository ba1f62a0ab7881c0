// Prisma 7 CLI config: only `prisma generate` uses it (the client's query compiler is WASM, the
// client talks through driver adapters). Migrations are computed by the 6.19 CLI beside it
// (`prisma-migrate`, prisma/migrate.config.ts): Prisma 7's CLI has no WASM schema engine, and its
// native one cannot be downloaded here.
import { defineConfig } from "prisma/config";

// Without this every command first downloads the native schema engine (binaries.prisma.sh: no
// network here) although `generate` never runs it. Other commands are refused below instead of
// running that stand-in (a `migrate diff` on /bin/true prints nothing and exits 0).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/true";
const command = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (command && !["generate", "validate", "format", "version"].includes(command))
  throw new Error(
    `prisma ${command}: this checkout's Prisma 7 CLI only generates the client. Migrations: \`tessera db:generate\`, \`tessera db:migrate\`, \`tessera db:check\`.`,
  );

export default defineConfig({
  // The product's .prisma files (src/) and the example project's (examples/seed/src), through the
  // symlinks in prisma/schema: one client serves both, so the example code type-checks.
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
});
