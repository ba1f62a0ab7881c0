import { describe, expect, it } from "vitest";
import { resolveConfig } from "../src/framework/config/load-config.ts";
import { bearer, createAdminUser } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import projectConfig from "../tessera.config.ts";

const CREATE_CHANNEL =
  "mutation($input: CreateSalesChannelInput!) { createSalesChannel(input: $input) { salesChannel { id } userErrors { code } } }";

// Production refuses short or published secrets (src/framework/config/production-secrets.ts).
const productionSecrets = {
  jwtSecret: "exposure-test-jwt-secret-0123456789abcdefghij",
  cookieSecret: "exposure-test-cookie-secret-0123456789abcdefgh",
};

describe("introspection and suggestions by default", () => {
  it("are off when NODE_ENV=production and on otherwise, and the config or environment can say", () => {
    expect(
      resolveConfig({ projectConfig: { http: productionSecrets } }, { NODE_ENV: "production" }).projectConfig.graphql,
    ).toMatchObject({ introspection: false, suggestions: false });
    expect(resolveConfig({}, { NODE_ENV: "development" }).projectConfig.graphql).toMatchObject({
      introspection: true,
      suggestions: true,
    });
    expect(
      resolveConfig(
        { projectConfig: { graphql: { introspection: true } } },
        {
          NODE_ENV: "production",
          JWT_SECRET: productionSecrets.jwtSecret,
          COOKIE_SECRET: productionSecrets.cookieSecret,
        },
      ).projectConfig.graphql.introspection,
    ).toBe(true);
    const env = resolveConfig(
      {},
      {
        GRAPHQL_INTROSPECTION: "false",
        GRAPHQL_TIMEOUT_MS: "500",
        GRAPHQL_STOREFRONT_COST_LIMIT: "300",
        GRAPHQL_BODY_LIMIT: "200kb",
      },
    ).projectConfig;
    expect(env.graphql).toMatchObject({ introspection: false, timeoutMs: 500, storefrontCostLimit: 300 });
    expect(env.http.graphqlBodyLimit).toBe("200kb");
  });
});

integrationTestRunner({
  config: {
    ...projectConfig,
    projectConfig: { ...projectConfig.projectConfig, graphql: { introspection: false, suggestions: false } },
  },
  testSuite: ({ api }) => {
    describe("with introspection and suggestions turned off", () => {
      it("refuses __schema and __type but keeps __typename", async () => {
        const schema = await api.graphql("{ __schema { types { name } } }");
        expect(schema.errors?.[0]?.message).toMatch(/introspection/i);
        expect(schema.data ?? null).toBeNull();
        const type = await api.graphql(`{ __type(name: "Product") { name } }`);
        expect(type.errors?.[0]?.message).toMatch(/introspection/i);
        const typename = await api.graphql<{ __typename: string }, never>("{ __typename }");
        expect(typename.data?.__typename).toBe("Query");
      });

      it("hides 'Did you mean' hints that would map the schema", async () => {
        const res = await api.graphql("{ prodcts { totalCount } }");
        expect(res.errors?.[0]?.message).toMatch(/Cannot query field "prodcts"/);
        expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
        expect(res.errors?.[0]?.message).toContain("[Suggestion hidden]");
      });

      it("serves no GraphiQL page", async () => {
        const page = await api.get("/graphql", { headers: { accept: "text/html" } });
        expect(String(page.data)).not.toContain("GraphiQL");
      });
    });

    describe("cookie sessions and cross-site requests", () => {
      it("refuses form and multipart posts that ride on the session cookie, and accepts JSON or the CSRF header", async () => {
        const { token } = await createAdminUser(api, "csrf@example.com", "correct horse");
        const res = await fetch(`${api.url}/auth/session`, { method: "POST", headers: bearer(token) });
        const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
        const countChannels = async () =>
          (await api.graphql<{ salesChannels: { totalCount: number } }, never>("{ salesChannels { totalCount } }")).data
            ?.salesChannels.totalCount ?? -1;
        const before = await countChannels();
        const variables = JSON.stringify({ input: { name: "Forged" } });

        const form = await fetch(`${api.url}/graphql`, {
          method: "POST",
          headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ query: CREATE_CHANNEL, variables }).toString(),
        });
        expect(form.status).toBe(403);
        const multipartBody = new FormData();
        multipartBody.set(
          "operations",
          JSON.stringify({ query: CREATE_CHANNEL, variables: { input: { name: "Forged" } } }),
        );
        multipartBody.set("map", "{}");
        const multipart = await fetch(`${api.url}/graphql`, {
          method: "POST",
          headers: { cookie },
          body: multipartBody,
        });
        expect(multipart.status).toBe(403);
        const plain = await fetch(`${api.url}/graphql`, {
          method: "POST",
          headers: { cookie, "content-type": "text/plain" },
          body: JSON.stringify({ query: CREATE_CHANNEL, variables: { input: { name: "Forged" } } }),
        });
        expect(plain.status).toBe(403);
        expect(await countChannels()).toBe(before);

        const json = await api
          .as({ cookie })
          .graphql<{ createSalesChannel: { salesChannel: { id: string } | null } }, { input: unknown }>(
            CREATE_CHANNEL,
            {
              input: { name: "Real" },
            },
          );
        expect(json.data?.createSalesChannel.salesChannel?.id).toMatch(/^sc_/);
        const header = await fetch(`${api.url}/graphql`, {
          method: "POST",
          headers: { cookie, "x-tessera-csrf": "1", "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            query: CREATE_CHANNEL,
            variables: JSON.stringify({ input: { name: "With header" } }),
          }).toString(),
        });
        expect(header.status).toBe(200);
        expect(await countChannels()).toBe(before + 2);
        // Without the cookie, a form post is no forgery: it carries no one's session.
        const anonymousForm = await fetch(`${api.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ query: "{ __typename }" }).toString(),
        });
        expect(anonymousForm.status).toBe(200);
      });
    });
  },
});
