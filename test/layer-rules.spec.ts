import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../src/framework/paths.ts";

// Runs the project's own dependency rules (.dependency-cruiser.cjs, as `npm run lint:deps` does)
// on small trees written for the test, so a rule that stopped matching would show here.
const cli = path.join(projectRoot, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
const config = path.join(projectRoot, ".dependency-cruiser.cjs");
const dirs: string[] = [];

/** Writes `files` (path → source) under a fresh folder and returns it. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "tessera-layers-"));
  dirs.push(dir);
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), source);
  }
  return dir;
}

async function cruise(dir: string): Promise<{ exitCode: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [cli, "src", "--config", config, "--output-type", "err"],
      { cwd: dir },
    );
    return { exitCode: 0, output: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { exitCode: failed.code ?? -1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

/** Every layer importing only what lies below it, and a module test reaching across on purpose. */
const layered = {
  "src/framework/kernel.ts": "export const kernel = 1;\n",
  "src/modules/index.ts": 'export const Modules = { PRODUCT: "product" } as const;\n',
  "src/modules/product/service.ts":
    'import { kernel } from "../../framework/kernel.ts";\nimport { Modules } from "../index.ts";\nexport const product = kernel + Modules.PRODUCT.length;\n',
  "src/modules/pricing/service.ts":
    'import { kernel } from "../../framework/kernel.ts";\nexport const pricing = kernel;\n',
  "src/links/product-pricing.ts":
    'import { product } from "../modules/product/service.ts";\nimport { pricing } from "../modules/pricing/service.ts";\nexport const link = product + pricing;\n',
  "src/workflows/create-products.ts":
    'import { link } from "../links/product-pricing.ts";\nimport type { product } from "../modules/product/service.ts";\nexport const flow = link;\nexport type P = typeof product;\n',
  "src/api/graphql/product/mutations.ts":
    'import { flow } from "../../../workflows/create-products.ts";\nexport const mutation = flow;\n',
  "src/modules/product/__tests__/flow.spec.ts":
    'import { flow } from "../../../workflows/create-products.ts";\nexport const seen = flow;\n',
};

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("the layer rules (npm run lint:deps)", () => {
  it("pass a tree whose layers import only downwards", { timeout: 60_000 }, async () => {
    const result = await cruise(tree(layered));
    expect(result.output).not.toMatch(/error /);
    expect(result.exitCode).toBe(0);
  });

  it("fail on each kind of import that points up or across", { timeout: 60_000 }, async () => {
    const result = await cruise(
      tree({
        ...layered,
        "src/framework/loads-a-module.ts":
          'import { product } from "../modules/product/service.ts";\nexport const bad = product;\n',
        "src/modules/pricing/runs-a-flow.ts":
          'import { flow } from "../../workflows/create-products.ts";\nexport const bad = flow;\n',
        "src/modules/pricing/reads-product.ts":
          'import type { product } from "../product/service.ts";\nexport type Bad = typeof product;\n',
        "src/links/calls-the-api.ts":
          'import { mutation } from "../api/graphql/product/mutations.ts";\nexport const bad = mutation;\n',
        "src/workflows/calls-the-api.ts":
          'import { mutation } from "../api/graphql/product/mutations.ts";\nexport const bad = mutation;\n',
        "src/api/uses-an-example.ts":
          'import { hello } from "../../examples/seed/hello.ts";\nexport const bad = hello;\n',
        "examples/seed/hello.ts": "export const hello = 1;\n",
      }),
    );
    expect(result.exitCode).not.toBe(0);
    const broken = [...result.output.matchAll(/error ([a-z-]+): (\S+) →/g)].map((m) => `${m[1]} ${m[2]}`).sort();
    expect(broken).toEqual([
      "examples-do-not-ship src/api/uses-an-example.ts",
      "flows-stay-below-the-api src/workflows/calls-the-api.ts",
      "framework-is-the-kernel src/framework/loads-a-module.ts",
      "links-stay-below-the-flows src/links/calls-the-api.ts",
      "modules-are-independent src/modules/pricing/reads-product.ts",
      "modules-stay-below-the-flows src/modules/pricing/runs-a-flow.ts",
    ]);
  });
});
