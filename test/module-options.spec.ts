import { describe, expect, it } from "vitest";
import { resolveConfig } from "../src/framework/config/load-config.ts";
import { moduleEntries } from "../src/framework/modules/load-modules.ts";

// The seed's `this.options_ = options || { apiKey: false }` needs undefined when nothing is configured.
describe("module options", () => {
  it("are undefined for a module configured without options, and merged when given", async () => {
    const config = resolveConfig({
      modules: [{ resolve: "./modules/hello" }, { resolve: "./modules/brand", options: { apiKey: "k" } }],
    });
    const entries = await moduleEntries(config, [{ resolve: "./modules/product" }]);
    expect(entries).toEqual([
      { resolve: "./modules/product", options: undefined },
      { resolve: "./modules/hello", options: undefined },
      { resolve: "./modules/brand", options: { apiKey: "k" } },
    ]);
  });
});
