import { describe, expect, it } from "vitest";
import { parseCorsOrigins } from "../src/framework/http/cors.ts";
import { compareRoutePaths, compileRoute, folderToPath, matcherToRegExp } from "../src/framework/http/matcher.ts";

describe("middleware matchers", () => {
  it("reads * as any suffix and :name as one segment", () => {
    const prefix = matcherToRegExp("/custom*");
    expect(["/custom", "/custom/", "/custom/a/b", "/customers"].map((p) => prefix.test(p))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(prefix.test("/other/custom")).toBe(false);
    const param = matcherToRegExp("/custom/:id");
    expect(["/custom/1", "/custom/1/", "/custom/1/2", "/custom"].map((p) => param.test(p))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(matcherToRegExp("/a.b").test("/aXb")).toBe(false);
  });

  it("restricts to the listed methods", () => {
    const route = compileRoute({ matcher: "/custom*", method: ["POST", "PUT"] });
    expect([route.test("/custom", "POST"), route.test("/custom", "GET")]).toEqual([true, false]);
    expect(compileRoute({ matcher: "/x" }).test("/x", "DELETE")).toBe(true);
  });

  it("maps [param] folders to :param and orders static paths first", () => {
    expect(folderToPath("hello-world/[id]")).toBe("/hello-world/:id");
    expect(["/custom/:id", "/custom/me", "/a"].sort(compareRoutePaths)).toEqual(["/a", "/custom/me", "/custom/:id"]);
  });
});

describe("parseCorsOrigins", () => {
  it("splits a config list into exact origins and /regex/ entries", () => {
    expect(parseCorsOrigins("http://a.com, /\\.example\\.com$/ ,,http://b.com")).toEqual([
      "http://a.com",
      /\.example\.com$/,
      "http://b.com",
    ]);
  });
});
