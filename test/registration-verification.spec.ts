import { describe, expect, it } from "vitest";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import {
  bearer,
  createAdminUser,
  createCustomerAccount,
  login,
  mailCount,
  nextMail,
  verificationToken,
} from "../src/framework/test-utils/auth-clients.ts";
import { nextListener } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner, type ApiResponse } from "../src/framework/test-utils/runners.ts";
import { storedRuns } from "../src/framework/test-utils/workflow-runs.ts";
import config from "../tessera.config.ts";

/** What a caller can observe of an answer, minus the clock. */
function observable(res: ApiResponse) {
  const headers = Object.fromEntries(
    [...res.headers.entries()].filter(([name]) => !["date", "retry-after"].includes(name)),
  );
  return { status: res.status, data: res.data, headers };
}

const VERIFY = "verify-email-template";
const EXISTS = "account-exists-template";
const REGISTER_CUSTOMER =
  "mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { customer { id email } userErrors { code message } } }";
const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as Record<string, unknown>;

// Links in mails follow the project's frontends (projectConfig.http.storefrontUrl / adminUrl).
const http = {
  ...config.projectConfig?.http,
  storefrontUrl: "https://shop.example",
  adminUrl: "https://admin.example/app/",
};

integrationTestRunner({
  config: { ...config, projectConfig: { ...config.projectConfig, http } },
  testSuite: ({ api, getContainer }) => {
    const register = (email: string, password: string, actorType = "customer") =>
      api.anonymous.post(`/auth/${actorType}/emailpass/register`, { email, password });
    const verify = (token: string, actorType = "customer") =>
      api.anonymous.post<{ token?: string; type?: string }>(`/auth/${actorType}/emailpass/verify`, { token });
    const identitiesOf = (email: string) => getContainer().resolve("auth").listProviderIdentities({ entity_id: email });

    describe("registration waits for the email", () => {
      it("answers a taken and a new email alike; only the owners' inboxes differ", async () => {
        await createCustomerAccount(api, "taken@example.com", "the right password");
        const taken = await register("taken@example.com", "an attacker's guess");
        const fresh = await register("fresh@example.com", "fresh password");
        expect(observable(taken)).toEqual(observable(fresh));
        expect(fresh).toMatchObject({ status: 202, data: { message: expect.any(String) } });
        expect(JSON.stringify(fresh.data)).not.toMatch(/token/i);

        // The new address is sent a link; the owner of the taken one is told somebody tried.
        const link = await nextMail(api, "fresh@example.com", VERIFY, 0);
        const notice = await nextMail(api, "taken@example.com", EXISTS, 0);
        expect(notice.data).toEqual({
          login_url: "https://shop.example/login",
          reset_password_url: "https://shop.example/reset-password",
        });
        expect(String(link.data.url)).toMatch(
          /^https:\/\/shop\.example\/verify-email\?token=[\w-]{43}&actor_type=customer$/,
        );
        expect(await mailCount(api, "taken@example.com", VERIFY)).toBe(1);
        // Nothing can log in before the link is followed, and the taken password is untouched.
        expect(await identitiesOf("fresh@example.com")).toEqual([]);
        expect(
          (
            await api.anonymous.post("/auth/customer/emailpass", {
              email: "fresh@example.com",
              password: "fresh password",
            })
          ).status,
        ).toBe(401);
        expect(
          (
            await api.anonymous.post("/auth/customer/emailpass", {
              email: "taken@example.com",
              password: "an attacker's guess",
            })
          ).status,
        ).toBe(401);
        expect(await login(api, "customer", "taken@example.com", "the right password")).toMatch(/^ey/);

        // Following the link gives a token for a new identity with no actor yet; registering goes on as before.
        const verified = await verify(verificationToken(link));
        expect(verified.status).toBe(200);
        expect(claims(verified.data.token ?? "")).toMatchObject({
          actor_id: "",
          actor_type: "customer",
          auth_identity_id: expect.stringMatching(/^authid_/),
        });
        const created = await api
          .as(bearer(verified.data.token ?? ""))
          .graphql<{ registerCustomer: { customer: { email: string } | null } }, { input: object }>(REGISTER_CUSTOMER, {
            input: { firstName: "Fresh" },
          });
        expect(created.data?.registerCustomer.customer).toEqual({
          id: expect.stringMatching(/^cus_/),
          email: "fresh@example.com",
        });
        expect(await login(api, "customer", "fresh@example.com", "fresh password")).toMatch(/^ey/);
        expect(await verify(verificationToken(link))).toMatchObject({ status: 401, data: { type: "unauthorized" } });
      });

      it("takes a link once, for its own actor type, before it expires", async () => {
        const auth = getContainer().resolve("auth");
        await register("twice@example.com", "first password");
        const first = await nextMail(api, "twice@example.com", VERIFY, 0);
        await register("twice@example.com", "second password");
        const second = await nextMail(api, "twice@example.com", VERIFY, 1);
        expect(await verify(verificationToken(second), "manager")).toMatchObject({
          status: 401,
          data: { type: "unauthorized" },
        });
        expect((await verify(verificationToken(second))).status).toBe(200);
        // The link followed sets its registration's password; every other link of the address is spent.
        expect(await verify(verificationToken(first))).toMatchObject({
          status: 401,
          data: { message: "Invalid or expired verification token" },
        });
        expect(await login(api, "customer", "twice@example.com", "second password")).toMatch(/^ey/);
        expect(await identitiesOf("twice@example.com")).toHaveLength(1);

        await register("late@example.com", "late password");
        const late = await nextMail(api, "late@example.com", VERIFY, 0);
        await auth.updateAuthEmailVerifications({
          selector: { entity_id: "late@example.com" },
          data: { expires_at: new Date(Date.now() - 1000) },
        });
        expect((await verify(verificationToken(late))).status).toBe(401);
        expect(await identitiesOf("late@example.com")).toEqual([]);

        expect((await verify("forged-token")).status).toBe(401);
        expect(await api.anonymous.post("/auth/customer/emailpass/verify", {})).toMatchObject({
          status: 400,
          data: { type: "invalid_data" },
        });
        expect((await register("not-an-email", "long enough")).status).toBe(400);
        expect((await register("short@example.com", "short")).status).toBe(400);
        expect(
          (await api.anonymous.post("/auth/customer/github/register", { email: "a@b.co", password: "long enough" }))
            .status,
        ).toBe(404);

        // An address that got an account while its link waited: the link's holder is told to log in.
        await register("meanwhile@example.com", "waiting password");
        const waiting = await nextMail(api, "meanwhile@example.com", VERIFY, 0);
        await auth.register("emailpass", { email: "meanwhile@example.com", password: "other password" });
        expect(await verify(verificationToken(waiting))).toMatchObject({
          status: 422,
          data: { type: "duplicate_error" },
        });
        expect(await login(api, "customer", "meanwhile@example.com", "other password")).toMatch(/^ey/);
      });

      it("lets an admin user become a customer too, by logging in rather than registering", async () => {
        await createAdminUser(api, "both@example.com", "admin password");
        expect((await register("both@example.com", "admin password")).status).toBe(202);
        expect(await nextMail(api, "both@example.com", EXISTS, 0)).toMatchObject({
          data: { login_url: "https://shop.example/login" },
        });
        // The same address registering as a user again: the notice points at the admin.
        expect((await register("both@example.com", "admin password", "user")).status).toBe(202);
        expect(await nextMail(api, "both@example.com", EXISTS, 1)).toMatchObject({
          data: { login_url: "https://admin.example/app/login" },
        });
        const asCustomer = await login(api, "customer", "both@example.com", "admin password");
        const created = await api
          .as(bearer(asCustomer))
          .graphql<{ registerCustomer: { customer: { email: string } | null } }, { input: object }>(REGISTER_CUSTOMER, {
            input: {},
          });
        expect(created.data?.registerCustomer.customer?.email).toBe("both@example.com");
        expect(await identitiesOf("both@example.com")).toHaveLength(1);
      });

      it("caps the registrations of one address, taken or new, at the same count", async () => {
        await createCustomerAccount(api, "capped@example.com", "capped password");
        for (let n = 1; n <= 6; n++) {
          const [taken, fresh] = [
            await register("capped@example.com", `guess ${n} here`),
            await register("uncapped@example.com", `guess ${n} here`),
          ];
          expect(observable(fresh)).toEqual(observable(taken));
          expect(taken.status).toBe(n <= 5 ? 202 : 429);
        }
        // Five links and five notices, never more, whatever the attempts.
        await nextMail(api, "uncapped@example.com", VERIFY, 4);
        await nextMail(api, "capped@example.com", EXISTS, 4);
        // Every event emitted so far delivered: a sixth mail would be there by then.
        await getContainer().resolve("eventBus").drain();
        expect(await mailCount(api, "uncapped@example.com", VERIFY)).toBe(5);
        expect(await mailCount(api, "capped@example.com", EXISTS)).toBe(5);
      });

      it("keeps the password and the link out of the stored run and the admin event stream", async () => {
        const listening = nextListener(getContainer().resolve("eventBus"));
        const client = createClient({
          url: `${api.url.replace("http", "ws")}/graphql`,
          webSocketImpl: WebSocket,
          lazy: false,
          connectionParams: { authorization: api.adminHeaders.authorization ?? "" },
        });
        const streamed: { data: Record<string, unknown> }[] = [];
        const unsubscribe = client.subscribe<{ events: { data: Record<string, unknown> } }>(
          { query: `subscription { events(names: ["auth.email_verification", "auth.password_reset"]) { data } }` },
          {
            next: (value) => {
              if (value.data) streamed.push(value.data.events);
            },
            error: () => undefined,
            complete: () => undefined,
          },
        );
        await listening;
        await register("secretive@example.com", "secretive password");
        const token = verificationToken(await nextMail(api, "secretive@example.com", VERIFY, 0));
        await api.anonymous.post("/auth/customer/emailpass/reset-password", { identifier: "taken@example.com" });
        for (let i = 0; i < 200 && streamed.length < 2; i++) await new Promise((r) => setTimeout(r, 25));
        unsubscribe();
        await client.dispose();
        expect(streamed).toEqual(
          expect.arrayContaining([
            { data: { entity_id: "secretive@example.com", actor_type: "customer", token: "[redacted]" } },
            { data: { entity_id: "taken@example.com", actor_type: "customer", token: "[redacted]" } },
          ]),
        );
        const rows = await storedRuns(getContainer(), "request-registration", "verify-registration");
        expect(rows.length).toBeGreaterThan(0);
        const stored = JSON.stringify(rows);
        for (const secret of ["secretive password", token, "fresh password", "the right password"])
          expect(stored.includes(secret)).toBe(false);
      });
    });
  },
});
