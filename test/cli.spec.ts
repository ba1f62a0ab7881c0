import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { main } from "../src/framework/cli/main.ts";
import usage from "../src/framework/cli/usage.json";

const tmp = mkdtempSync(path.join(tmpdir(), "tessera-cli-"));
const saved = { DATABASE_DIR: process.env.DATABASE_DIR, DATABASE_URL: process.env.DATABASE_URL };
afterAll(() => {
  Object.assign(process.env, saved);
  for (const [key, value] of Object.entries(saved)) if (value === undefined) delete process.env[key];
  rmSync(tmp, { recursive: true, force: true });
});

describe("tessera CLI", () => {
  let errors: MockInstance;
  let logs: MockInstance;
  beforeEach(() => {
    errors = vi.spyOn(console, "error").mockImplementation(() => {});
    logs = vi.spyOn(console, "log").mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());
  const printed = (spy: MockInstance) => spy.mock.calls.map((c) => c.join(" ")).join("\n");

  it("exits 1 with the usage when no command is given", async () => {
    expect(await main([])).toBe(1);
    expect(printed(logs)).toContain("usage: tessera <command>");
  });

  it("exits 0 with the usage for help", async () => {
    expect(await main(["--help"])).toBe(0);
    expect(printed(logs)).toMatch(/db:generate <module>/);
  });

  it("answers --help from the bin (without starting tsx), listing every command", async () => {
    const bin = path.join(import.meta.dirname, "..", "bin", "tessera.mjs");
    const result = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(await main(["--help"])).toBe(0);
    expect(result.stdout.trim()).toBe(printed(logs));
    for (const name of Object.keys(usage)) expect(result.stdout).toContain(`  ${name} `);
  });

  it("names an unknown command and exits 1", async () => {
    expect(await main(["strat"])).toBe(1);
    expect(printed(errors)).toMatch(/^Unknown command "strat"\./);
    expect(printed(errors)).toContain("start                 start the server");
  });

  it("says which argument is missing and exits 1", async () => {
    expect(await main(["exec"])).toBe(1);
    expect(printed(errors)).toContain("Missing argument: exec <script>");
    expect(await main(["db:generate"])).toBe(1);
    expect(printed(errors)).toContain("Missing argument: db:generate <module>");
    expect(await main(["exec", "./no/such/script.ts"])).toBe(1);
    expect(printed(errors)).toContain("Script not found: ./no/such/script.ts");
    expect(await main(["db:generate", "nope"])).toBe(1);
    expect(printed(errors)).toMatch(/Unknown module "nope"\. Configured modules: .*product.*tax/);
  });

  it("exec runs a script's default export with the container and the arguments", async () => {
    // A throwaway embedded database, so the project's .data/ is never touched.
    process.env.DATABASE_DIR = path.join(tmp, "db");
    delete process.env.DATABASE_URL;
    const out = path.join(tmp, "out.json");
    expect(await main(["exec", "test/fixtures/exec-script.ts", out, "Exec Shirt"])).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual({ count: 1, args: [out, "Exec Shirt"], database: "pglite" });
    // The product was written to the configured database: a second run finds the handle taken.
    expect(await main(["exec", "test/fixtures/exec-script.ts", out])).toBe(1);
    expect(printed(errors)).toMatch(/already exists/);
    // Two boots of a fresh embedded database (migrations included) while other files run beside it.
  }, 180_000);
});
