import express from "express";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { graphqlCors } from "../src/framework/http/cors.ts";
import { announce, createLogger, logFormat } from "../src/framework/logger.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

// Issue #17 item 9: what a developer meets in the first minutes of a local install.
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("GraphiQL on a local install", () => {
      it("is served from the server's own assets, with the storefront key in its headers", async () => {
        const [key] = await getContainer()
          .resolve("apiKey")
          .issueApiKeys([{ title: "Webshop", type: "publishable" }]);
        const response = await fetch(`${api.url}/graphql`, { headers: { accept: "text/html" } });
        expect(response.status).toBe(200);
        const html = await response.text();
        // Every script and stylesheet the page loads: none from another host.
        const loaded = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map(
          (m) => m[1] as string,
        );
        expect(loaded.filter((url) => /^(https?:)?\/\//i.test(url))).toEqual([]);
        expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
        expect(html).toContain("YogaGraphiQL.renderYogaGraphiQL");
        expect(html).toContain(`"x-publishable-api-key`);
        expect(html).toContain(key?.token ?? "no key");
        // The browser is told so too: the page may load nothing from another host.
        const policy = response.headers.get("content-security-policy") ?? "";
        expect(policy).toContain("default-src 'self'");
        expect(policy).not.toMatch(/https?:/);
      });
    });

    describe("CORS for local frontends", () => {
      const preflight = async (url: string, origin: string) =>
        fetch(url, {
          method: "OPTIONS",
          headers: {
            origin,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
          },
        });

      it("allows a preflight from localhost:5173 (and 3000, 8000) to /graphql in development", async () => {
        for (const origin of ["http://localhost:5173", "http://localhost:3000", "http://localhost:8000"]) {
          const answer = await preflight(`${api.url}/graphql`, origin);
          expect(answer.headers.get("access-control-allow-origin")).toBe(origin);
          expect(answer.headers.get("access-control-allow-credentials")).toBe("true");
        }
        const stranger = await preflight(`${api.url}/graphql`, "http://evil.example");
        expect(stranger.headers.get("access-control-allow-origin")).toBeNull();
      });

      it("refuses localhost:5173 with the production defaults, and allows what STORE_CORS lists", async () => {
        const { http } = getContainer().resolve("configModule").projectConfig;
        const app = express();
        app.use("/prod", graphqlCors(http, { NODE_ENV: "production" }), (_req, res) => res.end());
        app.use(
          "/listed",
          graphqlCors({ ...http, storeCors: "https://shop.example" }, { NODE_ENV: "production" }),
          (_req, res) => res.end(),
        );
        const server = app.listen(0, "127.0.0.1");
        await new Promise((r) => server.once("listening", r));
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        try {
          const refused = await preflight(`${base}/prod`, "http://localhost:5173");
          expect(refused.headers.get("access-control-allow-origin")).toBeNull();
          const listed = await preflight(`${base}/listed`, "https://shop.example");
          expect(listed.headers.get("access-control-allow-origin")).toBe("https://shop.example");
        } finally {
          await new Promise((r) => server.close(r));
        }
      });
    });
  },
});

describe("log format by NODE_ENV", () => {
  it("is pretty in development and JSON in production; LOG_FORMAT overrides", () => {
    expect(logFormat({ NODE_ENV: "development" })).toBe("pretty");
    expect(logFormat({})).toBe("pretty");
    expect(logFormat({ NODE_ENV: "production" })).toBe("json");
    expect(logFormat({ NODE_ENV: "production", LOG_FORMAT: "pretty" })).toBe("pretty");
    expect(logFormat({ NODE_ENV: "development", LOG_FORMAT: "json" })).toBe("json");
  });

  it("prints one readable line per entry when pretty, one JSON object when json, secrets redacted in both", () => {
    const lines = { pretty: [] as string[], json: [] as string[] };
    for (const format of ["pretty", "json"] as const) {
      const logger = createLogger({
        level: "info",
        format,
        destination: { write: (l: string) => lines[format].push(l) },
      });
      logger.info({ port: 9000, token: "tok_secret" }, "listening");
    }
    expect(lines.pretty).toEqual([
      expect.stringMatching(/^\d\d:\d\d:\d\d INFO {2}listening port=9000 token=\[redacted\]\n$/),
    ]);
    expect(JSON.parse(lines.json[0] ?? "")).toMatchObject({
      level: 30,
      msg: "listening",
      port: 9000,
      token: "[redacted]",
    });
  });

  it("prints the start banner in the same format, whatever the level", () => {
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      announce("GraphiQL: http://localhost:9000/graphql", "pretty");
      announce("GraphiQL: http://localhost:9000/graphql", "json");
    } finally {
      process.stdout.write = write;
    }
    expect(written[0]).toMatch(/^\d\d:\d\d:\d\d INFO {2}GraphiQL: http:\/\/localhost:9000\/graphql\n$/);
    expect(JSON.parse(written[1] ?? "")).toMatchObject({ level: 30, msg: "GraphiQL: http://localhost:9000/graphql" });
  });
});
