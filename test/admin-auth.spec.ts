import { describe, expect, it } from "vitest";
import {
  bearer,
  createAdminUser,
  createCustomerAccount,
  login,
  registerIdentity,
} from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { storedRuns } from "../src/framework/test-utils/workflow-runs.ts";

const CURRENT_USER = "{ currentUser { id email } }";
const CREATE_INVITE =
  "mutation($input: CreateInviteInput!) { createInvite(input: $input) { token invite { id email accepted } userErrors { code field } } }";
const ACCEPT_INVITE =
  "mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { user { id email } userErrors { code } } }";
const CREATE_KEY =
  "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id redacted token type } userErrors { code } } }";
const basic = (key: string) => ({ authorization: `Basic ${Buffer.from(`${key}:`).toString("base64")}` });

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ api, getContainer }) => {
    describe("admin users through invites", () => {
      it("invites, accepts with a registered identity, and logs in as the new user", async () => {
        const { token, userId } = await createAdminUser(api, "ada@example.com", "correct horse");
        const me = await api
          .as(bearer(token))
          .graphql<{ currentUser: { id: string; email: string } }, never>(CURRENT_USER);
        expect(me.data?.currentUser).toEqual({ id: userId, email: "ada@example.com" });
        // The seed's "Retrieve Logged-In Admin User" route, behind authenticate("user", …).
        expect((await api.as(bearer(token)).get("/custom/admin")).data).toEqual({
          user: { id: userId, email: "ada@example.com" },
        });
        expect((await api.anonymous.get("/custom/admin")).status).toBe(401);
      });

      it("shows an invite token once, validates it, and refuses a spent or unknown one", async () => {
        const created = await api.graphql<
          { createInvite: { token: string; invite: { id: string } } },
          { input: unknown }
        >(CREATE_INVITE, { input: { email: "Bob@Example.com" } });
        const inviteToken = created.data?.createInvite.token ?? "";
        expect(inviteToken).toMatch(/^inv_/);
        const listed = await api.graphql("{ invites { edges { node { email accepted } } } }");
        expect(JSON.stringify(listed)).not.toContain(inviteToken);
        const users = getContainer().resolve("user");
        expect((await users.validateInviteToken(inviteToken)).email).toBe("bob@example.com");
        await expect(users.validateInviteToken("inv_nope")).rejects.toMatchObject({ type: "unauthorized" });
        const dup = await api.graphql<{ createInvite: { userErrors: { code: string }[] } }, { input: unknown }>(
          CREATE_INVITE,
          { input: { email: "ada@example.com" } },
        );
        expect(dup.data?.createInvite.userErrors[0]?.code).toBe("DUPLICATE");

        const registration = await registerIdentity(api, "user", "bob@example.com", "bobs password");
        const accepted = await api
          .as(bearer(registration))
          .graphql<{ acceptInvite: { user: { email: string } } }, { input: unknown }>(ACCEPT_INVITE, {
            input: { token: inviteToken, firstName: "Bob" },
          });
        expect(accepted.data?.acceptInvite.user.email).toBe("bob@example.com");
        const other = await registerIdentity(api, "user", "eve@example.com", "eves password");
        const again = await api.as(bearer(other)).graphql(ACCEPT_INVITE, { input: { token: inviteToken } });
        expect(again.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        expect(await users.listUsers({ email: "eve@example.com" })).toEqual([]);
        // A registration token is not a user: it cannot act as an admin.
        expect((await api.as(bearer(other)).graphql(CURRENT_USER)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      });
    });

    describe("accepting an invite without registering first", () => {
      type Accepted = {
        acceptInvite: { user: { id: string; email: string } | null; userErrors: { code: string; field?: string[] }[] };
      };
      const ACCEPT =
        "mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { user { id email } userErrors { code field } } }";
      const invite = async (email: string) =>
        (
          await api.graphql<{ createInvite: { token: string } }, { input: unknown }>(CREATE_INVITE, {
            input: { email },
          })
        ).data?.createInvite.token ?? "";

      it("takes the invite as proof of the address: the password chosen makes the login", async () => {
        const users = getContainer().resolve("user");
        const auth = getContainer().resolve("auth");
        const token = await invite("cleo@example.com");
        const accept = (input: Record<string, unknown>) =>
          api.anonymous.graphql<Accepted, { input: unknown }>(ACCEPT, { input: { token, ...input } });
        // Bad input: a typed error, and no user, no login, the invite still open.
        expect((await accept({ firstName: "Cleo" })).data?.acceptInvite).toEqual({
          user: null,
          userErrors: [{ code: "INVALID_DATA", field: ["input", "password"] }],
        });
        expect((await accept({ password: "short" })).data?.acceptInvite).toMatchObject({
          user: null,
          userErrors: [{ code: "INVALID_DATA" }],
        });
        expect(await users.listUsers({ email: "cleo@example.com" })).toEqual([]);
        expect(await auth.listProviderIdentities({ entity_id: "cleo@example.com" })).toEqual([]);
        expect((await users.validateInviteToken(token)).email).toBe("cleo@example.com");

        const accepted = await accept({ firstName: "Cleo", password: "cleo's password" });
        expect(accepted.data?.acceptInvite).toEqual({
          user: { id: expect.stringMatching(/^user_/), email: "cleo@example.com" },
          userErrors: [],
        });
        const session = bearer(await login(api, "user", "cleo@example.com", "cleo's password"));
        expect(
          (await api.as(session).graphql<{ currentUser: { email: string } }, never>(CURRENT_USER)).data?.currentUser
            .email,
        ).toBe("cleo@example.com");
        expect((await accept({ password: "cleo's password" })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        // No mail was needed, and the password is not in the stored run.
        expect(await api.inbox("cleo@example.com")).toEqual([]);
        const runs = JSON.stringify(await storedRuns(getContainer(), "accept-invite"));
        expect(runs.includes("cleo's password")).toBe(false);
      });

      it("sends someone who has a login to log in first, and writes nothing", async () => {
        const users = getContainer().resolve("user");
        await createCustomerAccount(api, "dan@example.com", "dan's password");
        const token = await invite("dan@example.com");
        const refused = await api.anonymous.graphql<Accepted, { input: unknown }>(ACCEPT, {
          input: { token, password: "a new password" },
        });
        expect(refused.data?.acceptInvite).toMatchObject({ user: null, userErrors: [{ code: "DUPLICATE" }] });
        expect(await users.listUsers({ email: "dan@example.com" })).toEqual([]);
        expect((await users.validateInviteToken(token)).email).toBe("dan@example.com");
        // Logged in with the login they have, they accept with the token alone (a password is refused).
        const asUser = bearer(await login(api, "user", "dan@example.com", "dan's password"));
        expect(
          (
            await api
              .as(asUser)
              .graphql<Accepted, { input: unknown }>(ACCEPT, { input: { token, password: "x".repeat(10) } })
          ).data?.acceptInvite.userErrors,
        ).toEqual([{ code: "INVALID_DATA", field: ["input", "password"] }]);
        const accepted = await api.as(asUser).graphql<Accepted, { input: unknown }>(ACCEPT, { input: { token } });
        expect(accepted.data?.acceptInvite.user?.email).toBe("dan@example.com");
        expect(await login(api, "user", "dan@example.com", "dan's password")).toMatch(/^ey/);
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
        expect(
          (await api.as(session).graphql<{ currentUser: { email: string } }, never>(CURRENT_USER)).data?.currentUser
            .email,
        ).toBe("ada@example.com");
        // A tampered cookie is no session.
        expect((await api.as({ cookie: session.cookie.replace(/.$/, "x") }).get("/custom/admin")).status).toBe(401);
        const out = await fetch(`${api.url}/auth/session`, { method: "DELETE", headers: session });
        expect(out.headers.get("set-cookie")).toMatch(/tessera\.sid=;/);
      });
    });

    describe("secret API keys", () => {
      it("shows the key once, stores only its hash, authenticates as admin, and stops at revocation", async () => {
        const created = await api.graphql<
          { createApiKey: { token: string; apiKey: { id: string; redacted: string; token: string | null } } },
          { input: unknown }
        >(CREATE_KEY, { input: { title: "CI", type: "SECRET" } });
        const { token, apiKey } = created.data?.createApiKey ?? {
          token: "",
          apiKey: { id: "", redacted: "", token: null },
        };
        expect(token).toMatch(/^sk_/);
        expect(apiKey.token).toBeNull();
        expect(apiKey.redacted).toBe(`${token.slice(0, 6)}…${token.slice(-4)}`);
        const [row] = await getContainer().resolve("apiKey").listApiKeys({ id: apiKey.id });
        expect(row?.token).not.toContain(token.slice(3));
        const listed = await api.graphql("{ apiKeys { edges { node { id redacted token } } } }");
        expect(JSON.stringify(listed)).not.toContain(token);

        expect((await api.as(basic(token)).get("/custom/admin")).data).toEqual({ api_key_id: apiKey.id });
        expect(
          (await api.as(basic(token)).graphql<{ currentUser: null }, never>(CURRENT_USER)).data?.currentUser,
        ).toBeNull();
        const revoked = await api.graphql<{ revokeApiKey: { apiKey: { revokedAt: string } } }, { input: unknown }>(
          "mutation($input: DeleteInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } userErrors { code } } }",
          { input: { id: apiKey.id } },
        );
        expect(revoked.data?.revokeApiKey.apiKey.revokedAt).toBeTruthy();
        expect((await api.as(basic(token)).get("/custom/admin")).status).toBe(401);
        // A revoked secret key is refused as an invalid key (INVALID_API_KEY names the header).
        expect((await api.as(basic(token)).graphql(CURRENT_USER)).errors?.[0]?.extensions?.code).toBe(
          "INVALID_API_KEY",
        );
        const twice = await api.graphql<{ revokeApiKey: { userErrors: { code: string }[] } }, { input: unknown }>(
          "mutation($input: DeleteInput!) { revokeApiKey(input: $input) { userErrors { code } } }",
          { input: { id: apiKey.id } },
        );
        expect(twice.data?.revokeApiKey.userErrors[0]?.code).toBe("NOT_ALLOWED");
      });
    });
  },
});
