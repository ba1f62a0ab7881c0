import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { TesseraError } from "../src/framework/errors/tessera-error.ts";
import { createMaskError } from "../src/framework/graphql/mask-error.ts";
import { createLogger } from "../src/framework/logger.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { ProductPageQuery } from "./operations/products.ts";

const secretSql = `SELECT "public"."product"."secret_column" FROM "public"."product" WHERE 1=1`;

describe("error masking", () => {
  const mask = createMaskError(createLogger({ level: "silent" }));
  const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ["products"] });

  it("turns an unexpected exception into INTERNAL with a generic message", () => {
    const raw = Object.assign(new Error(`Invalid \`prisma.product.findMany()\` invocation: ${secretSql}`), {
      code: "P2010",
      name: "PrismaClientKnownRequestError",
    });
    const masked = mask(wrap(raw), "Unexpected error.") as GraphQLError;
    expect(masked.extensions.code).toBe("INTERNAL");
    expect(masked.message).toBe("Unexpected error.");
    expect(JSON.stringify(masked.toJSON())).not.toMatch(/SELECT|secret_column|prisma|at .*\.ts/);
  });

  it("keeps a TesseraError's message and maps its type to extensions.code", () => {
    const masked = mask(
      wrap(new TesseraError(TesseraError.Types.NOT_FOUND, "Product with id: prod_1 was not found")),
      "Unexpected error.",
    ) as GraphQLError;
    expect(masked.toJSON()).toMatchObject({
      message: "Product with id: prod_1 was not found",
      extensions: { code: "NOT_FOUND" },
    });
    const unexpected = mask(
      wrap(new TesseraError(TesseraError.Types.UNEXPECTED_STATE, "invariant broken near table x")),
      "Unexpected error.",
    ) as GraphQLError;
    expect(unexpected.toJSON()).toMatchObject({ message: "Unexpected error.", extensions: { code: "INTERNAL" } });
  });

  it("maps a unique violation from the driver to DUPLICATE", () => {
    const driver = Object.assign(new Error("duplicate key value violates unique constraint"), {
      cause: { originalCode: "23505" },
    });
    expect((mask(wrap(driver), "Unexpected error.") as GraphQLError).extensions.code).toBe("DUPLICATE");
  });

  it("hides a non-GraphQL error entirely", () => {
    const masked = mask(new Error(secretSql), "Unexpected error.") as GraphQLError;
    expect(masked.toJSON()).toEqual({ message: "Unexpected error.", extensions: { code: "INTERNAL" } });
  });
});

integrationTestRunner({
  testSuite: ({ api, getContainer, getDatabase }) => {
    describe("an unexpected failure over GraphQL", () => {
      it("answers INTERNAL without a stack trace or SQL when the database breaks under a query", async () => {
        await getContainer().resolve("product").createProducts({ title: "Before", handle: "before" });
        const ok = await api.graphql(ProductPageQuery, { first: 5 });
        expect(ok.data?.products.totalCount).toBe(1);
        // Break the table under the running app, as a botched manual migration would.
        await getDatabase().prisma.$executeRawUnsafe(`ALTER TABLE "product" RENAME COLUMN "title" TO "title_gone"`);
        const res = await api.graphql(ProductPageQuery, { first: 5 });
        expect(res.data ?? null).toBeNull();
        expect(res.errors).toHaveLength(1);
        expect(res.errors?.[0]).toMatchObject({ message: "Unexpected error.", extensions: { code: "INTERNAL" } });
        const body = JSON.stringify(res);
        expect(body).not.toMatch(/title_gone|SELECT|prisma|stack|\.ts:\d+/i);
      });
    });
  },
});
