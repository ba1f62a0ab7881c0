import { createClient } from "graphql-ws";
import { expect, it } from "vitest";
import WebSocket from "ws";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

/** Runs one operation over graphql-ws with the given connection params. */
async function overSocket(
  url: string,
  query: string,
  connectionParams: Record<string, string>,
): Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }> {
  const client = createClient({
    url: `${url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: true,
    retryAttempts: 0,
  });
  try {
    return await new Promise((resolve, reject) => {
      let result: { data?: unknown; errors?: { extensions?: { code?: string } }[] } = {};
      client.subscribe(
        { query },
        {
          next: (value) => {
            result = value as typeof result;
          },
          error: reject,
          complete: () => resolve(result),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

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
      expect(forged.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
  },
});
