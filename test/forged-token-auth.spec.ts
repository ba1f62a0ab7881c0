import { describe, expect, it } from "vitest";
import { signAuthToken } from "../src/framework/http/auth-token.ts";
import { bearer, createAdminUser } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

const API_KEYS = "{ apiKeys { edges { node { id } } } }";
const CURRENT_USER = "{ currentUser { id email } }";
const CREATE_KEY =
  "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } userErrors { code } } }";
const REVOKE_KEY =
  "mutation($input: DeleteInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } userErrors { code } } }";

// Someone who knows JWT_SECRET (a default left in place) signs whatever they like: every token's
// actor must exist, or the token proves nothing.
integrationTestRunner({
  // The example project: its /custom/admin route (authenticate("user", …)) and manager actor type.
  project: "examples/seed",
  testSuite: ({ api, getApp }) => {
    const forge = (claims: { actor_id: string; actor_type: string; auth_identity_id: string }) =>
      signAuthToken({ ...claims, app_metadata: {} }, getApp().config.projectConfig.http.jwtSecret);

    describe("a well-signed token whose actor does not exist authenticates nobody", () => {
      it("an api-key token, whether it names no key, a revoked key or a live one (keys authenticate only by being presented)", async () => {
        const created = await api.graphql<{ createApiKey: { apiKey: { id: string } } }, { input: unknown }>(
          CREATE_KEY,
          { input: { title: "forged", type: "SECRET" } },
        );
        const liveKeyId = created.data?.createApiKey.apiKey.id ?? "";
        expect(liveKeyId).not.toBe("");
        for (const actor_id of ["apk_01JNOSUCHKEY0000000000000", liveKeyId]) {
          const token = await forge({ actor_id, actor_type: "api-key", auth_identity_id: "" });
          const keys = await api.as(bearer(token)).graphql(API_KEYS);
          expect(keys.errors?.[0]?.extensions?.code).toBe("INVALID_TOKEN");
          expect((await api.as(bearer(token)).get("/custom/admin")).status).toBe(401);
        }
        await api.graphql(REVOKE_KEY, { input: { id: liveKeyId } });
        const revoked = await forge({ actor_id: liveKeyId, actor_type: "api-key", auth_identity_id: "" });
        expect((await api.as(bearer(revoked)).get("/custom/admin")).status).toBe(401);
      });

      it("a user or customer token naming no actor", async () => {
        for (const actor_type of ["user", "customer"]) {
          const token = await forge({
            actor_id: `${actor_type}_01JNOSUCHACTOR00000000000`,
            actor_type,
            auth_identity_id: "authid_01JNOSUCHIDENTITY000000000",
          });
          expect((await api.as(bearer(token)).graphql(CURRENT_USER)).errors?.[0]?.extensions?.code).toBe(
            "INVALID_TOKEN",
          );
        }
        expect(
          (
            await api
              .as(bearer(await forge({ actor_id: "user_01JNOSUCH", actor_type: "user", auth_identity_id: "" })))
              .get("/custom/admin")
          ).status,
        ).toBe(401);
      });

      it("a custom actor type's token (manager) whose auth identity does not exist or names another actor", async () => {
        const unknown = await forge({
          actor_id: "manager_01JNOSUCH",
          actor_type: "manager",
          auth_identity_id: "authid_01JNOSUCHIDENTITY000000000",
        });
        expect((await api.as(bearer(unknown)).get("/manager/me")).status).toBe(401);
        // A registration token (no actor yet) for an identity that was never created cannot create a manager.
        const unregistered = await forge({
          actor_id: "",
          actor_type: "manager",
          auth_identity_id: "authid_01JNOSUCHIDENTITY000000000",
        });
        expect(
          (
            await api
              .as(bearer(unregistered))
              .post("/manager", { first_name: "F", last_name: "G", email: "forged@example.com" })
          ).status,
        ).toBe(401);
        // An existing identity (an admin's) does not make it a manager.
        const { userId } = await createAdminUser(api, "not-a-manager@example.com", "correct horse");
        const identities = await getApp().container.resolve("auth").listAuthIdentities({});
        const identity = identities.find((i) => (i.app_metadata as Record<string, unknown> | null)?.user_id === userId);
        const borrowed = await forge({
          actor_id: "manager_01JNOSUCH",
          actor_type: "manager",
          auth_identity_id: identity?.id ?? "",
        });
        expect(identity).toBeDefined();
        expect((await api.as(bearer(borrowed)).get("/manager/me")).status).toBe(401);
      });
    });

    describe("logging out ends the session on the server", () => {
      it("a copy of the session cookie stops working after DELETE /auth/session; another session is unaffected", async () => {
        const { token } = await createAdminUser(api, "logout@example.com", "correct horse");
        const open = async () => {
          const res = await fetch(`${api.url}/auth/session`, { method: "POST", headers: bearer(token) });
          expect(res.status).toBe(200);
          return { cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "" };
        };
        const [laptop, phone] = [await open(), await open()];
        // The cookie holds a session secret, not the bearer token: it is no token to reuse.
        expect(decodeURIComponent(laptop.cookie)).not.toContain(token);
        expect((await api.as(laptop).get("/custom/admin")).status).toBe(200);

        const out = await fetch(`${api.url}/auth/session`, { method: "DELETE", headers: laptop });
        expect(out.status).toBe(200);
        expect(out.headers.get("set-cookie")).toMatch(/tessera\.sid=;/);
        // The copy an attacker kept (or a browser that ignored the clearing) is refused.
        expect((await api.as(laptop).get("/custom/admin")).status).toBe(401);
        expect((await api.as(laptop).graphql(CURRENT_USER)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        expect((await api.as(laptop).post("/auth/token/refresh", {})).status).toBe(401);
        expect(
          (await api.as(phone).graphql<{ currentUser: { email: string } }, never>(CURRENT_USER)).data?.currentUser
            .email,
        ).toBe("logout@example.com");
      });
    });
  },
});
