import { expect, it } from "vitest";
import config from "../tessera.config.ts";
import { bearer, createCustomerAccount, registerIdentity } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { storedRuns } from "../src/framework/test-utils/workflow-runs.ts";
import { TesseraError } from "../src/framework/errors/tessera-error.ts";
import { registerAuthIdentityWorkflow } from "../src/workflows/auth/auth-identities.ts";

// Medusa's registration, for projects that turn email verification off (auth option
// `emailVerification: false`): a token at once. The answer still looks the same for a taken
// email, but what the token can then do tells the two apart: the README says so.
registerAuthIdentityWorkflow.hooks.authIdentityRegistered(({ actor_type }) => {
  if (actor_type === "refused") throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Sign-ups are closed");
});

integrationTestRunner({
  config: {
    ...config,
    modules: [...(config.modules ?? []), { resolve: "./modules/auth", options: { emailVerification: false } }],
  },
  testSuite: ({ api, getContainer }) => {
    /** Every stored run of a workflow, as text. */
    const stored = async (workflowId: string) => JSON.stringify(await storedRuns(getContainer(), workflowId));
    it("answers with a token at once, and writes the identity", async () => {
      const token = await registerIdentity(api, "customer", "instant@example.com", "instant password");
      expect(token).toMatch(/^ey/);
      expect(await api.inbox("instant@example.com")).toEqual([]);
      expect(
        await getContainer().resolve("auth").listProviderIdentities({ entity_id: "instant@example.com" }),
      ).toHaveLength(1);
      const refreshed = await api.as(bearer(token)).post<{ token?: string }>("/auth/token/refresh", {});
      expect(refreshed.status).toBe(200);
    });

    it("registration answers a taken email (without its password) exactly like a new one, and writes nothing", async () => {
      await createCustomerAccount(api, "rita@example.com", "rita's password");
      const auth = getContainer().resolve("auth");
      const register =
        "mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { customer { id } userErrors { code } } }";
      const identitiesBefore = await auth.listAuthIdentities({});
      const fresh = await api.anonymous.post<{ token: string }>("/auth/customer/emailpass/register", {
        email: "newcomer@example.com",
        password: "guessing here",
      });
      const taken = await api.anonymous.post<{ token: string }>("/auth/customer/emailpass/register", {
        email: "rita@example.com",
        password: "guessing here",
      });
      expect(taken.status).toBe(fresh.status);
      expect(Object.keys(taken.data)).toEqual(Object.keys(fresh.data));
      expect(taken.data.token).toMatch(/^ey/);
      // The token's claims have the same shape: no actor, an identity id of the same form.
      const claims = (token: string) =>
        JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as Record<string, unknown>;
      const [takenClaims, freshClaims] = [claims(taken.data.token), claims(fresh.data.token)];
      expect(Object.keys(takenClaims).sort()).toEqual(Object.keys(freshClaims).sort());
      expect(takenClaims).toMatchObject({
        actor_id: "",
        actor_type: "customer",
        auth_identity_id: expect.stringMatching(/^authid_/),
      });
      // Only the new email got an identity; the taken one's password still is what it was.
      expect((await auth.listAuthIdentities({})).length).toBe(identitiesBefore.length + 1);
      expect(
        (await api.anonymous.post("/auth/customer/emailpass", { email: "rita@example.com", password: "guessing here" }))
          .status,
      ).toBe(401);
      // The decoy token creates nothing.
      const attempt = await api.as(bearer(taken.data.token)).graphql(register, { input: {} });
      expect(attempt.errors?.[0]?.extensions?.code).toBe("INVALID_TOKEN");
      expect(
        await getContainer().resolve("customer").listCustomers({ email: "rita@example.com" }, { withDeleted: true }),
      ).toHaveLength(1);
      // Which is how this mode gives a taken email away: the decoy names no identity. Only
      // verification (the default) closes that.
      expect((await api.as(bearer(taken.data.token)).post("/auth/token/refresh", {})).status).toBe(401);
      expect((await api.as(bearer(fresh.data.token)).post("/auth/token/refresh", {})).status).toBe(200);
    });

    it("register runs a workflow whose stored run has no password; a refusing hook deletes the new identity", async () => {
      const auth = getContainer().resolve("auth");
      const ok = await api.anonymous.post<{ token: string }>("/auth/customer/emailpass/register", {
        email: "wf-reg@example.com",
        password: "register-pw-never-stored",
      });
      expect(ok.status).toBe(200);
      const refused = await api.anonymous.post("/auth/refused/emailpass/register", {
        email: "wf-refused@example.com",
        password: "refused-pw-never-stored",
      });
      expect(refused).toMatchObject({ status: 400, data: { type: "not_allowed" } });
      expect(await auth.listProviderIdentities({ entity_id: "wf-refused@example.com" })).toEqual([]);
      expect(await auth.listProviderIdentities({ entity_id: "wf-reg@example.com" })).toHaveLength(1);
      const runs = await stored("register-auth-identity");
      expect(runs).toContain("wf-reg@example.com");
      for (const leak of ["register-pw-never-stored", "refused-pw-never-stored", "$argon2"])
        expect(runs.includes(leak)).toBe(false);
    });
  },
});
