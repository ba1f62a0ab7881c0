import { expect, it } from "vitest";
import { overSocket } from "../src/framework/test-utils/over-socket.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

integrationTestRunner({
  testSuite: ({ api }) => {
    it("reads credentials from graphql-ws connection params, as over HTTP", async () => {
      const admin = await overSocket(api.url, "{ currentUser { email } }", {
        authorization: api.adminHeaders.authorization ?? "",
      });
      expect(admin.data).toEqual({ currentUser: { email: "admin@tessera.test" } });
      const anonymous = await overSocket(api.url, "{ currentUser { email } }", {});
      expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const forged = await overSocket(api.url, "{ currentUser { email } }", {
        authorization: "Bearer forged.token.value",
      });
      // A token that proves nothing is said so, naming where it came from, not treated as a guest.
      expect(forged.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_TOKEN", header: "authorization" });
    });

    it("treats connectionParams names case-insensitively, as HTTP treats header names", async () => {
      const token = api.adminHeaders.authorization ?? "";
      for (const params of [
        { Authorization: token },
        { AUTHORIZATION: token },
        { headers: { Authorization: token } },
      ]) {
        const result = await overSocket(api.url, "{ currentUser { email } }", params);
        expect(result.data).toEqual({ currentUser: { email: "admin@tessera.test" } });
      }
      const created = await api.graphql<{ createApiKey: { token: string } }, { input: unknown }>(
        "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }",
        { input: { title: "socket storefront", type: "PUBLISHABLE" } },
      );
      const key = created.data?.createApiKey.token ?? "";
      const store = await overSocket(api.url, "{ regions { totalCount } }", { "X-Publishable-Api-Key": key });
      expect(store.errors).toBeUndefined();
      const wrong = await overSocket(api.url, "{ regions { totalCount } }", { "X-Publishable-API-Key": "pk_wrong" });
      expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_API_KEY", header: "x-publishable-api-key" });
    });
  },
});
