import { describe, expect, it } from "vitest";
import { bearer, createAdminUser, login, registerIdentity } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

const CURRENT_USER = "{ currentUser { id email } }";
const CREATE_INVITE = "mutation($input: CreateInviteInput!) { createInvite(input: $input) { token invite { id email accepted } userErrors { code field } } }";
const ACCEPT_INVITE = "mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { user { id email } userErrors { code } } }";
const CREATE_KEY = "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id redacted token type } userErrors { code } } }";
const basic = (key: string) => ({ authorization: `Basic ${Buffer.from(`${key}:`).toString("base64")}` });

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("admin users through invites", () => {
      it("invites, accepts with a registered identity, and logs in as the new user", async () => {
        const { token, userId } = await createAdminUser(api, "ada@example.com", "correct horse");
        const me = await api.as(bearer(token)).graphql<{ currentUser: { id: string; email: string } }, never>(CURRENT_USER);
        expect(me.data?.currentUser).toEqual({ id: userId, email: "ada@example.com" });
        // The seed's "Retrieve Logged-In Admin User" route, behind authenticate("user", …).
        expect((await api.as(bearer(token)).get("/custom/admin")).data).toEqual({ user: { id: userId, email: "ada@example.com" } });
        expect((await api.anonymous.get("/custom/admin")).status).toBe(401);
      });

      it("shows an invite token once, validates it, and refuses a spent or unknown one", async () => {
        const created = await api.graphql<{ createInvite: { token: string; invite: { id: string } } }, { input: unknown }>(CREATE_INVITE, { input: { email: "Bob@Example.com" } });
        const inviteToken = created.data?.createInvite.token ?? "";
        expect(inviteToken).toMatch(/^inv_/);
        const listed = await api.graphql("{ invites { edges { node { email accepted } } } }");
        expect(JSON.stringify(listed)).not.toContain(inviteToken);
        const users = getContainer().resolve("user");
        expect((await users.validateInviteToken(inviteToken)).email).toBe("bob@example.com");
        await expect(users.validateInviteToken("inv_nope")).rejects.toMatchObject({ type: "unauthorized" });
        const dup = await api.graphql<{ createInvite: { userErrors: { code: string }[] } }, { input: unknown }>(CREATE_INVITE, { input: { email: "ada@example.com" } });
        expect(dup.data?.createInvite.userErrors[0]?.code).toBe("DUPLICATE");

        const registration = await registerIdentity(api, "user", "bob@example.com", "bobs password");
        const accepted = await api.as(bearer(registration)).graphql<{ acceptInvite: { user: { email: string } } }, { input: unknown }>(ACCEPT_INVITE, { input: { token: inviteToken, firstName: "Bob" } });
        expect(accepted.data?.acceptInvite.user.email).toBe("bob@example.com");
        const other = await registerIdentity(api, "user", "eve@example.com", "eves password");
        const again = await api.as(bearer(other)).graphql(ACCEPT_INVITE, { input: { token: inviteToken } });
        expect(again.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        expect(await users.listUsers({ email: "eve@example.com" })).toEqual([]);
        // A registration token is not a user: it cannot act as an admin.
        expect((await api.as(bearer(other)).graphql(CURRENT_USER)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      });
    });

    describe("sessions", () => {
      it("turns a token into a signed httpOnly cookie and logs out", async () => {
        const token = await login(api, "user", "ada@example.com", "correct horse");
        const res = await fetch(`${api.url}/auth/session`, { method: "POST", headers: bearer(token) });
        expect(res.status).toBe(200);
        const cookie = res.headers.get("set-cookie") ?? "";
        expect(cookie).toMatch(/^tessera\.sid=s%3A/);
        expect(cookie).toMatch(/HttpOnly/);
        expect(cookie).toMatch(/SameSite=Lax/);
        expect(cookie).toMatch(/Secure/);
        const session = { cookie: cookie.split(";")[0] ?? "" };
        expect((await api.as(session).get("/custom/admin")).status).toBe(200);
        expect((await api.as(session).graphql<{ currentUser: { email: string } }, never>(CURRENT_USER)).data?.currentUser.email).toBe("ada@example.com");
        // A tampered cookie is no session.
        expect((await api.as({ cookie: session.cookie.replace(/.$/, "x") }).get("/custom/admin")).status).toBe(401);
        const out = await fetch(`${api.url}/auth/session`, { method: "DELETE", headers: session });
        expect(out.headers.get("set-cookie")).toMatch(/tessera\.sid=;/);
      });
    });

    describe("secret API keys", () => {
      it("shows the key once, stores only its hash, authenticates as admin, and stops at revocation", async () => {
        const created = await api.graphql<{ createApiKey: { token: string; apiKey: { id: string; redacted: string; token: string | null } } }, { input: unknown }>(CREATE_KEY, { input: { title: "CI", type: "SECRET" } });
        const { token, apiKey } = created.data?.createApiKey ?? { token: "", apiKey: { id: "", redacted: "", token: null } };
        expect(token).toMatch(/^sk_/);
        expect(apiKey.token).toBeNull();
        expect(apiKey.redacted).toBe(`${token.slice(0, 6)}…${token.slice(-4)}`);
        const [row] = await getContainer().resolve("apiKey").listApiKeys({ id: apiKey.id });
        expect(row?.token).not.toContain(token.slice(3));
        const listed = await api.graphql("{ apiKeys { edges { node { id redacted token } } } }");
        expect(JSON.stringify(listed)).not.toContain(token);

        expect((await api.as(basic(token)).get("/custom/admin")).data).toEqual({ api_key_id: apiKey.id });
        expect((await api.as(basic(token)).graphql<{ currentUser: null }, never>(CURRENT_USER)).data?.currentUser).toBeNull();
        const revoked = await api.graphql<{ revokeApiKey: { apiKey: { revokedAt: string } } }, { input: unknown }>("mutation($input: DeleteInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } userErrors { code } } }", { input: { id: apiKey.id } });
        expect(revoked.data?.revokeApiKey.apiKey.revokedAt).toBeTruthy();
        expect((await api.as(basic(token)).get("/custom/admin")).status).toBe(401);
        expect((await api.as(basic(token)).graphql(CURRENT_USER)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        const twice = await api.graphql<{ revokeApiKey: { userErrors: { code: string }[] } }, { input: unknown }>("mutation($input: DeleteInput!) { revokeApiKey(input: $input) { userErrors { code } } }", { input: { id: apiKey.id } });
        expect(twice.data?.revokeApiKey.userErrors[0]?.code).toBe("NOT_ALLOWED");
      });
    });
  },
});
