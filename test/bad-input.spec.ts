import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/framework/logger.ts";
import { integrationTestRunner, type GraphQLResponse } from "../src/framework/test-utils/runners.ts";

type LogLine = { level: number; msg: string; code?: string };
const lines: LogLine[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const l of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(l) as LogLine);
    done();
  },
});
const pinoLevel = { info: 30, error: 50 };

const createProduct =
  "mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { field message code } } }";
type Created = {
  createProduct: {
    product: { id: string } | null;
    userErrors: { field: string[] | null; message: string; code: string }[];
  };
};

/** `{ and: [{ and: [ … { title: { eq: "x" } } ] }] }`, `levels` deep. */
function nestedFilter(levels: number): Record<string, unknown> {
  let filter: Record<string, unknown> = { title: { eq: "x" } };
  for (let i = 0; i < levels; i++) filter = { and: [filter] };
  return filter;
}

/** Letters and digits that do not compress: PostgreSQL would squeeze a repeated character under the index limit. */
const incompressible = (length: number) =>
  Array.from({ length }, () => Math.floor(Math.random() * 36).toString(36)).join("");

const firstError = (res: GraphQLResponse<unknown>) => res.errors?.[0];

integrationTestRunner({
  logger: createLogger({ level: "info", destination: sink }),
  testSuite: ({ api, getContainer }) => {
    const productCount = async () =>
      (await getContainer().resolve("product").listProducts({}, { withDeleted: true })).length;

    describe("bad arguments and variables answer BAD_USER_INPUT naming them, never INTERNAL", () => {
      it("a wrong-typed variable", async () => {
        const res = await api.graphql("query($first: Int) { products(first: $first) { totalCount } }", {
          first: "ten",
        });
        expect(firstError(res)).toMatchObject({
          message: expect.stringContaining("$first"),
          extensions: { code: "BAD_USER_INPUT" },
        });
        const date = await api.graphql(
          "query($d: DateTime) { products(filter: { createdAt: { gt: $d } }) { totalCount } }",
          { d: "not a date" },
        );
        expect(firstError(date)).toMatchObject({
          message: expect.stringContaining("$d"),
          extensions: { code: "BAD_USER_INPUT" },
        });
      });

      it("first: -1 and a malformed cursor", async () => {
        const negative = await api.graphql("{ products(first: -1) { totalCount } }");
        expect(firstError(negative)).toMatchObject({
          message: expect.stringMatching(/first/),
          extensions: { code: "BAD_USER_INPUT" },
        });
        const cursor = await api.graphql(`{ products(first: 2, after: "not-a-cursor") { totalCount } }`);
        expect(firstError(cursor)).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
        expect(firstError(cursor)?.message).toMatch(/cursor/i);
      });

      it("a filter nested 100 deep, while a few levels of and/or still work", async () => {
        const deep = await api.graphql("query($f: ProductFilter) { products(filter: $f) { totalCount } }", {
          f: nestedFilter(100),
        });
        expect(firstError(deep)).toMatchObject({
          message: expect.stringMatching(/\$f.*nested deeper than 16 levels/),
          extensions: { code: "BAD_USER_INPUT", variable: "f" },
        });
        const shallow = await api.graphql<{ products: { totalCount: number } }, { f: unknown }>(
          "query($f: ProductFilter) { products(filter: $f) { totalCount } }",
          { f: nestedFilter(5) },
        );
        expect(shallow.errors).toBeUndefined();
        expect(shallow.data?.products.totalCount).toBe(0);
      });
    });

    describe("strings PostgreSQL cannot store or index are refused, and nothing is written", () => {
      it("NUL bytes and lone surrogates in a mutation's input", async () => {
        const before = await productCount();
        for (const title of ["bad\u0000title", "bad\uD800title", "bad\uDC00"]) {
          const res = await api.graphql<Created, { input: unknown }>(createProduct, { input: { title } });
          expect(firstError(res)).toMatchObject({
            message: expect.stringMatching(/Variable \$input\.title contains/),
            extensions: { code: "BAD_USER_INPUT" },
          });
        }
        const literal = await api.graphql(
          `mutation { createProduct(input: { title: "nul\\u0000" }) { product { id } } }`,
        );
        expect(firstError(literal)).toMatchObject({
          message: expect.stringMatching(/Argument input.title contains a NUL/),
          extensions: { code: "BAD_USER_INPUT" },
        });
        expect(await productCount()).toBe(before);
        // A well-formed pair (an emoji) is fine.
        const emoji = await api.graphql<Created, { input: unknown }>(createProduct, {
          input: { title: "Rocket \uD83D\uDE80" },
        });
        expect(emoji.data?.createProduct.userErrors).toEqual([]);
        expect(await productCount()).toBe(before + 1);
      });

      it("oversize values in indexed columns (handle, sku) give a typed error", async () => {
        const before = await productCount();
        const handle = await api.graphql<Created, { input: unknown }>(createProduct, {
          input: { title: "Long handle", handle: incompressible(5000) },
        });
        const skuRes = await api.graphql<Created, { input: unknown }>(createProduct, {
          input: {
            title: "Long sku",
            options: [{ title: "Size", values: ["S"] }],
            variants: [{ title: "S", sku: incompressible(20_000), options: { Size: "S" } }],
          },
        });
        for (const res of [handle, skuRes]) {
          const code = res.data?.createProduct.userErrors[0]?.code ?? firstError(res)?.extensions?.code;
          expect(["INVALID_DATA", "BAD_USER_INPUT"]).toContain(code);
          expect(res.data?.createProduct.product ?? null).toBeNull();
        }
        expect(await productCount()).toBe(before);
      });
    });

    it("logs the caller's mistakes at info with their code, and nothing at error", async () => {
      lines.length = 0;
      await api.anonymous.graphql("{ products { totalCount } }");
      await api.graphql("{ products(first: -1) { totalCount } }");
      const refused = lines.filter((l) => l.msg === "GraphQL request refused");
      expect(refused.map((l) => [l.level, l.code])).toEqual(
        expect.arrayContaining([
          [pinoLevel.info, "UNAUTHENTICATED"],
          [pinoLevel.info, "BAD_USER_INPUT"],
        ]),
      );
      expect(lines.filter((l) => l.level >= pinoLevel.error)).toEqual([]);
    });
  },
});
