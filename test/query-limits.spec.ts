import { expect, it } from "vitest";
import { createPublishableKey } from "../src/framework/test-utils/auth-clients.ts";
import { overSocket } from "../src/framework/test-utils/over-socket.ts";
import { integrationTestRunner, type GraphQLResponse } from "../src/framework/test-utils/runners.ts";

type Cost = { requested: number; limit: number };
type Answer = GraphQLResponse<unknown> & { extensions?: { cost?: Cost } };

/** `products { edges { node { variants { product { variants … } } } } }`, `levels` variant→product hops deep. */
function deepProducts(levels: number): string {
  let inner = "id";
  for (let i = 0; i < levels; i++) inner = `variants { product { ${inner} } }`;
  return `{ products { edges { node { ${inner} } } } }`;
}

// 250 products × (variants × 10 × (options × 10 × option)): 1 + 250 × 113 = 28251, between the two default limits.
const widePage = "{ products(first: 250) { edges { node { variants { options { option { id } } } } } } }";

integrationTestRunner({
  testSuite: ({ api, getContainer, getDatabase }) => {
    let storefront: typeof api;
    let storefrontKey = "";
    /** SQL statements a request runs beyond what any request costs (reading its credentials). */
    const sqlBeyondAuth = async (send: () => Promise<unknown>): Promise<number> => {
      getDatabase().resetQueryCount();
      await api.graphql("{ __typename }");
      const baseline = getDatabase().queryCount();
      getDatabase().resetQueryCount();
      await send();
      return getDatabase().queryCount() - baseline;
    };
    const raw = async (body: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${api.url}/graphql`, {
        method: "POST",
        body,
        headers: { "content-type": "application/json", ...api.adminHeaders, ...headers },
      });
      return { status: res.status, body: await res.text() };
    };

    it("reports every answer's schema-derived cost and the caller's limit in extensions.cost", async () => {
      await getContainer().resolve("product").createProducts({ title: "Cost", handle: "cost" });
      storefrontKey = await createPublishableKey(api);
      storefront = api.as({ "x-publishable-api-key": storefrontKey });
      // products 1 + 5 × (edges 1 + node 1 + variants 1 + 10 × scalars 0) = 16
      const admin = (await api.graphql("{ products(first: 5) { edges { node { id variants { id } } } } }")) as Answer;
      expect(admin.errors).toBeUndefined();
      expect(admin.extensions?.cost).toEqual({ requested: 16, limit: 100_000 });
      const store = (await storefront.graphql("{ products { totalCount } }")) as Answer;
      expect(store.extensions?.cost).toEqual({ requested: 1, limit: 10_000 });
    });

    it("refuses a storefront query over its cost limit before running it, while an admin may run it", async () => {
      const refused = (await storefront.graphql(widePage)) as Answer;
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: "COST_LIMIT_EXCEEDED",
        cost: { requested: 28251, limit: 10_000 },
      });
      expect(refused.errors?.[0]?.message).toMatch(/28251.*10000/);
      const admin = (await api.graphql(widePage)) as Answer;
      expect(admin.errors).toBeUndefined();
      expect(admin.extensions?.cost).toEqual({ requested: 28251, limit: 100_000 });
    });

    it("refuses a 50-deep variants→product nesting without touching the database", async () => {
      let res: Answer = {};
      expect(
        await sqlBeyondAuth(async () => {
          res = (await api.graphql(deepProducts(25))) as Answer;
        }),
      ).toBe(0);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.message).toMatch(/depth limit of 15 exceeded/);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const store = (await storefront.graphql(deepProducts(25))) as Answer;
      expect(store.errors?.[0]?.message).toMatch(/depth limit/);
      // Within the depth limit, the cost limit still refuses what would multiply pages by pages.
      const costly = (await storefront.graphql(deepProducts(3))) as Answer;
      expect(costly.errors?.[0]?.extensions?.code).toBe("COST_LIMIT_EXCEEDED");
    });

    it("refuses 1,000 aliases of a priced page without touching the database", async () => {
      const aliases = Array.from(
        { length: 1000 },
        (_, i) => `a${i}: products(first: 50) { edges { node { variants { calculatedPrice { calculatedAmount } } } } }`,
      );
      let res: Answer = {};
      expect(
        await sqlBeyondAuth(async () => {
          res = (await api.graphql(`{ ${aliases.join(" ")} }`)) as Answer;
        }),
      ).toBe(0);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.message).toMatch(/Token limit of 5000 exceeded/);
      // Fewer aliases, under the token limit, meet the alias limit.
      let fewer: Answer = {};
      const few = aliases.slice(0, 31).map((a) => a.replace(/\{ edges.*$/, "{ totalCount }"));
      expect(
        await sqlBeyondAuth(async () => {
          fewer = (await api.graphql(`{ ${few.join(" ")} }`)) as Answer;
        }),
      ).toBe(0);
      expect(fewer.errors?.[0]?.message).toMatch(/Aliases limit of 30 exceeded/);
    });

    it("applies the same limits over graphql-ws", async () => {
      const refused = (await overSocket(api.url, widePage, { "x-publishable-api-key": storefrontKey })) as Answer;
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: "COST_LIMIT_EXCEEDED",
        cost: { requested: 28251, limit: 10_000 },
      });
      const costly = (await overSocket(api.url, widePage, {
        authorization: api.adminHeaders.authorization ?? "",
      })) as Answer;
      expect(costly.extensions?.cost).toEqual({ requested: 28251, limit: 100_000 });
      const deep = await overSocket(api.url, deepProducts(25), { authorization: api.adminHeaders.authorization ?? "" });
      expect(JSON.stringify(deep)).toMatch(/depth limit of 15 exceeded/);
      const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: products { totalCount }`).join(" ");
      expect(
        JSON.stringify(await overSocket(api.url, `{ ${aliases} }`, { "x-publishable-api-key": storefrontKey })),
      ).toMatch(/Aliases limit of 30 exceeded/);
    });

    it("answers 413 to a body over 1 MB, such as a 10 MB search string", async () => {
      const search = "x".repeat(10 * 1024 * 1024);
      const res = await raw(
        JSON.stringify({
          query: "query($s: String) { products(search: $s) { totalCount } }",
          variables: { s: search },
        }),
      );
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({
        errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE", limit: "1mb" } }],
      });
      // Just under the limit is read and answered as GraphQL.
      const fits = await raw(JSON.stringify({ query: `{ products { totalCount } } ${"#".repeat(1000 * 1000)}` }));
      expect(fits.status).toBe(200);
    });

    it("caps the length of search and of string filter values, naming the argument or variable", async () => {
      const long = await api.graphql("query($s: String) { products(search: $s) { totalCount } }", {
        s: "y".repeat(201),
      });
      expect(long.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/Argument search \(\$s\) is longer than 200 characters/),
        extensions: { code: "BAD_USER_INPUT", argument: "search" },
      });
      const ok = await api.graphql("query($s: String) { products(search: $s) { totalCount } }", { s: "y".repeat(200) });
      expect(ok.errors).toBeUndefined();
      const filter = await api.graphql(`{ products(filter: { title: { eq: "${"z".repeat(1001)}" } }) { totalCount } }`);
      expect(filter.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/Argument filter.title.eq is longer than 1000/),
        extensions: { code: "BAD_USER_INPUT" },
      });
    });

    it("serves security headers, and GraphiQL in development under a policy of its own (inline, nothing from other hosts)", async () => {
      const health = await api.get("/health");
      expect(health.headers.get("x-content-type-options")).toBe("nosniff");
      expect(health.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
      expect(health.headers.get("strict-transport-security")).toBeTruthy();
      const graphiql = await api.get("/graphql", { headers: { accept: "text/html" } });
      expect(graphiql.status).toBe(200);
      expect(String(graphiql.data)).toContain("Tessera GraphiQL");
      expect(graphiql.headers.get("content-security-policy")).toMatch(
        /default-src 'self'.*script-src 'self' 'unsafe-inline' blob:/,
      );
      expect(graphiql.headers.get("x-content-type-options")).toBe("nosniff");
    });
  },
});
