import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../../src/framework/test-utils/runners.ts";
import { WEBHOOK_SECRET } from "../src/api/webhooks/route.ts";

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ api, getContainer }) => {
    describe("the seed's API route examples", () => {
      it("creates a GET route and reads path, query and body parameters", async () => {
        expect(await api.get("/hello-world")).toMatchObject({ status: 200, data: { message: "[GET] Hello world!" } });
        expect((await api.get("/hello-world/ada")).data).toEqual({ message: "[GET] Hello ada!" });
        expect((await api.get("/hello-query?name=Bob")).data).toEqual({ message: "Hello Bob" });
        expect((await api.post("/hello-world", { name: "Cleo" })).data).toEqual({ message: "[POST] Hello Cleo!" });
      });

      it("resolves a module service from req.scope and sets the response code", async () => {
        await getContainer()
          .resolve("product")
          .createProducts([
            { title: "A", handle: "route-a" },
            { title: "B", handle: "route-b" },
          ]);
        const count = await getContainer().resolve("product").listAndCountProducts();
        expect((await api.get("/products-count")).data).toEqual({ count: count[1] });
        expect(await api.get("/created")).toMatchObject({ status: 201, data: { message: "Hello, World!" } });
        const custom = await api.get<{ my_custom: { id: string; name: string } }>("/custom");
        expect(custom.data.my_custom).toMatchObject({ name: "test", id: expect.stringMatching(/^mc_|_/) });
      });

      it("runs the hello-world workflow and sends its result", async () => {
        const res = await api.get("/hello-workflow?name=Dee");
        expect(res.status).toBe(200);
        expect(res.data).toBe("Hello, World! Hello Dee!");
      });

      it("streams an event stream with writeHead, write and end", async () => {
        const res = await fetch(`${api.url}/event-stream?count=3&interval=10`);
        expect(res.headers.get("content-type")).toBe("text/event-stream");
        expect(res.headers.get("cache-control")).toBe("no-cache");
        expect(await res.text()).toBe("data: Streaming data 1\n\ndata: Streaming data 2\n\ndata: Streaming data 3\n\n");
      });
    });

    describe("middlewares", () => {
      it("runs matching middlewares in order, with method restrictions", async () => {
        expect((await api.get("/custom/x1")).headers.get("x-middlewares")).toBe("custom,custom-id");
        const put = await api.request("PUT", "/custom/x1", {
          body: JSON.stringify({ name: "n" }),
          headers: { "content-type": "application/json" },
        });
        expect(put.headers.get("x-middlewares")).toBe("custom,custom-id,custom-write");
        expect(put.data).toEqual({ id: "x1", name: "n" });
        expect((await api.get("/hello-world")).headers.get("x-middlewares")).toBeNull();
      });

      it("validates the body with validateAndTransformBody", async () => {
        expect((await api.post("/custom", { a: 2, b: 3 })).data).toEqual({ sum: 5 });
        const bad = await api.post("/custom", { a: "2", b: 3 });
        expect(bad.status).toBe(400);
        expect(bad.data).toMatchObject({ type: "invalid_data", message: expect.stringContaining("body.a") });
      });

      it("validates additional_data with the route's additionalDataValidator", async () => {
        const ok = await api.post("/custom/products", { title: "Branded", additional_data: { brand_id: "brand_1" } });
        expect(ok).toMatchObject({
          status: 201,
          data: { product: { title: "Branded" }, additional_data: { brand_id: "brand_1" } },
        });
        const before = (await getContainer().resolve("product").listAndCountProducts())[1];
        const bad = await api.post("/custom/products", { title: "Nope", additional_data: { brand_id: 42 } });
        expect(bad.status).toBe(400);
        expect(bad.data).toMatchObject({
          type: "invalid_data",
          message: expect.stringContaining("additional_data.brand_id"),
        });
        expect((await getContainer().resolve("product").listAndCountProducts())[1]).toBe(before);
      });

      it("validates and coerces the query with validateAndTransformQuery", async () => {
        const listed = await api.get<{ products: unknown[]; count: number; limit: number }>("/custom/products?limit=1");
        expect(listed.status).toBe(200);
        expect(listed.data.limit).toBe(1);
        expect(listed.data.products).toHaveLength(1);
        expect(listed.data.count).toBeGreaterThan(1);
        expect(await api.get("/custom/products?limit=abc")).toMatchObject({
          status: 400,
          data: { type: "invalid_data", message: expect.stringContaining("query.limit") },
        });
        expect(await api.get("/custom/products?limit=500")).toMatchObject({ status: 400 });
      });

      it("answers CORS for /custom* from storeCors and for the built-in prefixes", async () => {
        const allowed = await api.request("OPTIONS", "/custom", {
          headers: { origin: "http://localhost:8000", "access-control-request-method": "POST" },
        });
        expect(allowed.status).toBe(204);
        expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:8000");
        expect(allowed.headers.get("access-control-allow-credentials")).toBe("true");
        const other = await api.get("/custom/x", { headers: { origin: "https://evil.example" } });
        expect(other.headers.get("access-control-allow-origin")).toBeNull();
        const admin = await api.request("OPTIONS", "/admin/anything", {
          headers: { origin: "http://localhost:7000", "access-control-request-method": "GET" },
        });
        expect(admin.headers.get("access-control-allow-origin")).toBe("http://localhost:7000");
        const graphql = await api.request("OPTIONS", "/graphql", {
          headers: { origin: "http://localhost:7000", "access-control-request-method": "POST" },
        });
        expect(graphql.headers.get("access-control-allow-origin")).toBe("http://localhost:7000");
        const graphqlEvil = await api.request("OPTIONS", "/graphql", {
          headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
        });
        expect(graphqlEvil.headers.get("access-control-allow-origin")).toBeNull();
        const adminFromStore = await api.request("OPTIONS", "/admin/anything", {
          headers: { origin: "http://localhost:8000", "access-control-request-method": "GET" },
        });
        expect(adminFromStore.headers.get("access-control-allow-origin")).toBeNull();
      });

      it("keeps the raw body of webhooks so signatures can be checked", async () => {
        const body = '{"type":"payment.succeeded",  "id":"evt_1"}';
        const signature = createHmac("sha256", WEBHOOK_SECRET).update(body).digest("hex");
        const ok = await api.request("POST", "/webhooks", {
          body,
          headers: { "content-type": "application/json", "x-signature": signature },
        });
        expect(ok).toMatchObject({ status: 200, data: { received: true, bytes: Buffer.byteLength(body) } });
        const tampered = await api.request("POST", "/webhooks", {
          body: body.replace("evt_1", "evt_2"),
          headers: { "content-type": "application/json", "x-signature": signature },
        });
        expect(tampered.status).toBe(401);
      });
    });

    describe("errors over HTTP", () => {
      it("maps each error type to its status and hides unexpected errors", async () => {
        const cases: [string, number][] = [
          ["not_found", 404],
          ["invalid_data", 400],
          ["unauthorized", 401],
          ["not_allowed", 400],
          ["conflict", 409],
          ["duplicate_error", 422],
          ["unexpected_state", 500],
        ];
        for (const [type, status] of cases) {
          const res = await api.get(`/custom/errors/${type}`);
          expect([type, res.status]).toEqual([type, status]);
          expect(res.data).toMatchObject({ type });
        }
        const boom = await api.get<{ message: string }>("/custom/errors/boom");
        expect(boom).toMatchObject({
          status: 500,
          data: { type: "unexpected_state", message: "An unexpected error occurred" },
        });
        expect(JSON.stringify(boom.data)).not.toMatch(/hunter2|at .*\.ts/);
        expect(await api.get("/custom/search")).toMatchObject({
          status: 400,
          data: { type: "invalid_data", message: "The `q` query parameter is required." },
        });
        expect(await api.get("/nowhere")).toMatchObject({ status: 404, data: { type: "not_found" } });
      });

      it("answers 400 for malformed JSON, 413 over the size limit, 415 for other content types", async () => {
        const malformed = await api.request("POST", "/hello-world", {
          body: '{"name":',
          headers: { "content-type": "application/json" },
        });
        expect(malformed).toMatchObject({ status: 400, data: { type: "invalid_data" } });
        const big = await api.post("/custom/upload", { note: "x".repeat(2000) });
        expect(big).toMatchObject({ status: 413, data: { type: "payload_too_large" } });
        expect((await api.post("/custom/upload", { note: "x".repeat(100) })).data).toEqual({ length: 100 });
        const xml = await api.request("POST", "/hello-world", {
          body: "<name>x</name>",
          headers: { "content-type": "application/xml" },
        });
        expect(xml).toMatchObject({ status: 415, data: { type: "unsupported_media_type" } });
      });
    });
  },
});
