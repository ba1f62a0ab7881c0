import { describe, expect, it } from "vitest";
import { TesseraError } from "../../src/framework/errors/tessera-error.ts";
import type { EventBus, EventMessage } from "../../src/framework/events/types.ts";
import { bearer, login, registerIdentity } from "../../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner, type TestApi } from "../../src/framework/test-utils/runners.ts";
import { storedRuns } from "../../src/framework/test-utils/workflow-runs.ts";
import { createStep, createWorkflow, workflowEngine, WorkflowResponse } from "../../src/framework/workflows/index.ts";
import { setAuthAppMetadataStep } from "../../src/workflows/auth/steps/set-auth-app-metadata.ts";
import { registerCustomerWorkflow } from "../../src/workflows/customer/register-customer.ts";
import { updateCustomerWorkflow } from "../../src/workflows/customer/update-customer.ts";
import { acceptInviteWorkflow } from "../../src/workflows/user/accept-invite.ts";
import { deleteUsersWorkflow } from "../../src/workflows/user/delete-users.ts";
import { createUserAccountWorkflow } from "../../src/workflows/user/create-user-account.ts";
import { createAdminUser as createUserFromCli } from "../../src/framework/cli/auth-commands.ts";
import { revokeApiKeysWorkflow } from "../../src/workflows/api-key/revoke-api-keys.ts";
import {
  createAdminUser,
  createCustomerAccount,
  createPublishableKey,
} from "../../src/framework/test-utils/auth-clients.ts";

// Hooks that refuse on a marker name: whatever the workflow wrote before them must vanish.
acceptInviteWorkflow.hooks.userCreated(({ user }) => {
  if (user.first_name === "Refused") throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Invites are closed");
});
registerCustomerWorkflow.hooks.customerCreated(({ customer }) => {
  if (customer.first_name === "Refused") throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Sign-ups are closed");
});

const refuse = { deletes: false, revokes: false, accounts: false };
createUserAccountWorkflow.hooks.userAccountCreated(() => {
  if (refuse.accounts) throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Operators are paused");
});
deleteUsersWorkflow.hooks.usersDeleted(() => {
  if (refuse.deletes) throw new TesseraError(TesseraError.Types.CONFLICT, "User owns open work");
});
revokeApiKeysWorkflow.hooks.apiKeysRevoked(() => {
  if (refuse.revokes) throw new TesseraError(TesseraError.Types.CONFLICT, "Key is pinned");
});

updateCustomerWorkflow.hooks.customerUpdated(({ customer }) => {
  if (customer.company_name === "Refused Ltd")
    throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Company not allowed");
});

const failAfterMetadata = createStep("fail-after-metadata", async () => {
  throw new TesseraError(TesseraError.Types.UNEXPECTED_STATE, "later step failed");
});
const setThenFail = createWorkflow("set-metadata-then-fail", (input: { authIdentityId: string }) => {
  setAuthAppMetadataStep({ authIdentityId: input.authIdentityId, actorType: "manager", value: "mgr_from_workflow" });
  failAfterMetadata();
  return new WorkflowResponse(input.authIdentityId);
});

const ACCEPT =
  "mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { user { id email } userErrors { code message } } }";
const INVITE = "mutation($input: CreateInviteInput!) { createInvite(input: $input) { token userErrors { message } } }";
const REGISTER =
  "mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { customer { id email } userErrors { code message } } }";

type Accepted = {
  acceptInvite: { user: { id: string; email: string } | null; userErrors: { code: string; message: string }[] };
};
type Registered = {
  registerCustomer: { customer: { id: string; email: string } | null; userErrors: { code: string; message: string }[] };
};

async function invite(api: TestApi, email: string): Promise<string> {
  const res = await api
    .as(api.adminHeaders)
    .graphql<{ createInvite: { token: string } }, { input: unknown }>(INVITE, { input: { email } });
  return res.data?.createInvite.token ?? "";
}

/** The `name` events in `seen` once every event emitted so far was delivered (a duplicate is there by then). */
async function settled(bus: Pick<EventBus, "drain">, seen: EventMessage[], name: string): Promise<EventMessage[]> {
  await bus.drain();
  return seen.filter((e) => e.name === name);
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const seen: EventMessage[] = [];
    let subscribed = false;
    const record = () => {
      if (subscribed) return;
      subscribed = true;
      getContainer()
        .resolve("eventBus")
        .subscribe({
          events: ["user.created", "customer.created", "user.deleted", "api_key.revoked", "customer.updated"],
          subscriberId: "auth-workflows-recorder",
          attempts: 1,
          backoff: 0,
          handler: ({ event }) => {
            seen.push(event);
          },
        });
    };

    describe("user, customer and manager writes run as workflows", () => {
      it("acceptInvite creates the user, registers the identity and emits user.created once (the seed's subscriber runs cleanly)", async () => {
        record();
        const failuresBefore = await getContainer()
          .resolve("eventBusModule")
          .listEventFailures({ event_name: "user.created" });
        const token = await invite(api, "joiner@example.com");
        const registration = await registerIdentity(api, "user", "joiner@example.com", "s3cret-pass");
        const res = await api.as(bearer(registration)).graphql<Accepted, { input: unknown }>(ACCEPT, {
          input: { token, firstName: "Jo", idempotencyKey: "accept-jo" },
        });
        expect(res.data?.acceptInvite.userErrors).toEqual([]);
        const id = res.data?.acceptInvite.user?.id ?? "";
        expect(id).toMatch(/^user_/);
        const events = await settled(getContainer().resolve("eventBus"), seen, "user.created");
        expect(events.filter((e) => (e.data as { id: string }).id === id)).toHaveLength(1);
        const identity = await getContainer()
          .resolve("auth")
          .listProviderIdentities({ entity_id: "joiner@example.com" }, { take: 1 });
        const auth = getContainer().resolve("auth");
        expect(
          auth.authContextFor(await auth.retrieveAuthIdentity(identity[0]?.auth_identity_id ?? ""), "user").actor_id,
        ).toBe(id);
        expect(
          await getContainer().resolve("eventBusModule").listEventFailures({ event_name: "user.created" }),
        ).toEqual(failuresBefore);
        // The stored execution keeps the invite token's hash, never the token.
        const execution = await workflowEngine(getContainer()).getExecution("accept-invite", "accept-jo");
        expect(execution?.status).toBe("done");
        expect(JSON.stringify(execution)).not.toContain(token);
      });

      it("a failing userCreated hook leaves no user, reopens the invite, registers nothing and emits nothing", async () => {
        record();
        const before = (await settled(getContainer().resolve("eventBus"), seen, "user.created")).length;
        const token = await invite(api, "refused@example.com");
        const registration = await registerIdentity(api, "user", "refused@example.com", "s3cret-pass");
        const refused = await api
          .as(bearer(registration))
          .graphql<Accepted, { input: unknown }>(ACCEPT, { input: { token, firstName: "Refused" } });
        expect(refused.data?.acceptInvite).toEqual({
          user: null,
          userErrors: [{ code: "NOT_ALLOWED", message: "Invites are closed" }],
        });
        const users = getContainer().resolve("user");
        expect(await users.listUsers({ email: "refused@example.com" }, { withDeleted: true })).toEqual([]);
        expect((await users.listUserInvites({ email: "refused@example.com" }))[0]?.accepted).toBe(false);
        const [provider] = await getContainer()
          .resolve("auth")
          .listProviderIdentities({ entity_id: "refused@example.com" }, { take: 1 });
        const auth = getContainer().resolve("auth");
        expect(
          auth.authContextFor(await auth.retrieveAuthIdentity(provider?.auth_identity_id ?? ""), "user").actor_id,
        ).toBe("");
        expect(await settled(getContainer().resolve("eventBus"), seen, "user.created")).toHaveLength(before);
        // The invite is usable again.
        const retried = await api
          .as(bearer(registration))
          .graphql<Accepted, { input: unknown }>(ACCEPT, { input: { token, firstName: "Later" } });
        expect(retried.data?.acceptInvite.user?.email).toBe("refused@example.com");
      });

      it("registerCustomer emits customer.created once; a failing hook leaves no customer and no event", async () => {
        record();
        const ok = await registerIdentity(api, "customer", "shopper@example.com", "s3cret-pass");
        const created = await api
          .as(bearer(ok))
          .graphql<Registered, { input: unknown }>(REGISTER, { input: { firstName: "Sam" } });
        const id = created.data?.registerCustomer.customer?.id ?? "";
        expect(created.data?.registerCustomer.userErrors).toEqual([]);
        expect(
          (await settled(getContainer().resolve("eventBus"), seen, "customer.created")).filter(
            (e) => (e.data as { id: string }).id === id,
          ),
        ).toHaveLength(1);

        const before = seen.filter((e) => e.name === "customer.created").length;
        const refusedToken = await registerIdentity(api, "customer", "nope@example.com", "s3cret-pass");
        const refused = await api
          .as(bearer(refusedToken))
          .graphql<Registered, { input: unknown }>(REGISTER, { input: { firstName: "Refused" } });
        expect(refused.data?.registerCustomer).toEqual({
          customer: null,
          userErrors: [{ code: "NOT_ALLOWED", message: "Sign-ups are closed" }],
        });
        expect(
          await getContainer().resolve("customer").listCustomers({ email: "nope@example.com" }, { withDeleted: true }),
        ).toEqual([]);
        expect(await settled(getContainer().resolve("eventBus"), seen, "customer.created")).toHaveLength(before);
        // Nothing was registered on the identity: the same token may register again.
        const again = await api
          .as(bearer(refusedToken))
          .graphql<Registered, { input: unknown }>(REGISTER, { input: { firstName: "Nora" } });
        expect(again.data?.registerCustomer.customer?.email).toBe("nope@example.com");
      });

      it("deleteUser: a failing hook keeps the user (and their token); success emits user.deleted once", async () => {
        record();
        const { token, userId } = await createAdminUser(api, "staff@example.com", "correct horse");
        const DELETE = "mutation($input: DeleteInput!) { deleteUser(input: $input) { deletedId userErrors { code } } }";
        refuse.deletes = true;
        try {
          const refused = await api.graphql<
            { deleteUser: { deletedId: string | null; userErrors: { code: string }[] } },
            { input: unknown }
          >(DELETE, { input: { id: userId } });
          expect(refused.data?.deleteUser).toEqual({ deletedId: null, userErrors: [{ code: "CONFLICT" }] });
        } finally {
          refuse.deletes = false;
        }
        expect(
          (await api.as(bearer(token)).graphql<{ currentUser: { id: string } }, never>("{ currentUser { id } }")).data
            ?.currentUser.id,
        ).toBe(userId);
        expect(await settled(getContainer().resolve("eventBus"), seen, "user.deleted")).toHaveLength(0);
        const done = await api.graphql<{ deleteUser: { deletedId: string } }, { input: unknown }>(DELETE, {
          input: { id: userId },
        });
        expect(done.data?.deleteUser.deletedId).toBe(userId);
        expect((await settled(getContainer().resolve("eventBus"), seen, "user.deleted")).map((e) => e.data)).toEqual([
          { id: userId },
        ]);
      });

      it("the `user` command runs create-user-account: a failing hook leaves no user and no login; success emits user.created once", async () => {
        record();
        const container = getContainer();
        const before = (await settled(getContainer().resolve("eventBus"), seen, "user.created")).length;
        refuse.accounts = true;
        try {
          await expect(
            createUserFromCli(container, { email: "Op@example.com", password: "operator-pw-never-stored" }),
          ).rejects.toMatchObject({ type: "not_allowed" });
        } finally {
          refuse.accounts = false;
        }
        expect(await container.resolve("user").listUsers({ email: "op@example.com" }, { withDeleted: true })).toEqual(
          [],
        );
        expect(await container.resolve("auth").listProviderIdentities({ entity_id: "op@example.com" })).toEqual([]);
        expect(await settled(getContainer().resolve("eventBus"), seen, "user.created")).toHaveLength(before);

        const created = await createUserFromCli(container, {
          email: "Op@example.com",
          password: "operator-pw-never-stored",
        });
        expect(created).toMatchObject({ email: "op@example.com", id: expect.stringMatching(/^user_/) });
        const token = await login(api, "user", "op@example.com", "operator-pw-never-stored");
        expect(
          (await api.as(bearer(token)).graphql<{ currentUser: { id: string } }, never>("{ currentUser { id } }")).data
            ?.currentUser.id,
        ).toBe(created.id);
        expect(
          (await settled(getContainer().resolve("eventBus"), seen, "user.created")).slice(before).map((e) => e.data),
        ).toEqual([{ id: created.id }]);
        // An email with a login needs its password; a wrong one creates nothing.
        await expect(
          createUserFromCli(container, { email: "op@example.com", password: "not the password" }),
        ).rejects.toMatchObject({ type: "unauthorized" });
        const runs = JSON.stringify(await storedRuns(container, "create-user-account"));
        expect(runs.includes("operator-pw-never-stored")).toBe(false);
      });

      it("revokeApiKey: a failing hook leaves the key working; success emits api_key.revoked once", async () => {
        record();
        const key = await createPublishableKey(api);
        const [row] = await getContainer().resolve("apiKey").listApiKeys({ token: key }, { take: 1 });
        const REVOKE =
          "mutation($input: DeleteInput!) { revokeApiKey(input: $input) { apiKey { id } userErrors { code } } }";
        refuse.revokes = true;
        try {
          const refused = await api.graphql<{ revokeApiKey: { userErrors: { code: string }[] } }, { input: unknown }>(
            REVOKE,
            { input: { id: row?.id } },
          );
          expect(refused.data?.revokeApiKey.userErrors).toEqual([{ code: "CONFLICT" }]);
        } finally {
          refuse.revokes = false;
        }
        expect(await getContainer().resolve("apiKey").authenticatePublishableKey(key)).not.toBeNull();
        expect(await settled(getContainer().resolve("eventBus"), seen, "api_key.revoked")).toHaveLength(0);
        const done = await api.graphql<{ revokeApiKey: { userErrors: unknown[] } }, { input: unknown }>(REVOKE, {
          input: { id: row?.id },
        });
        expect(done.data?.revokeApiKey.userErrors).toEqual([]);
        expect(await getContainer().resolve("apiKey").authenticatePublishableKey(key)).toBeNull();
        expect((await settled(getContainer().resolve("eventBus"), seen, "api_key.revoked")).map((e) => e.data)).toEqual(
          [{ id: row?.id }],
        );
      });

      it("updateCurrentCustomer: a failing hook writes the old values back; success emits customer.updated once", async () => {
        record();
        const { token, customerId } = await createCustomerAccount(api, "editor@example.com", "s3cret-pass", {
          firstName: "Eve",
        });
        const UPDATE =
          "mutation($input: UpdateCurrentCustomerInput!) { updateCurrentCustomer(input: $input) { customer { firstName companyName } userErrors { code } } }";
        type Updated = {
          updateCurrentCustomer: {
            customer: { firstName: string; companyName: string | null } | null;
            userErrors: { code: string }[];
          };
        };
        const refused = await api.as(bearer(token)).graphql<Updated, { input: unknown }>(UPDATE, {
          input: { firstName: "Mallory", companyName: "Refused Ltd" },
        });
        expect(refused.data?.updateCurrentCustomer).toEqual({ customer: null, userErrors: [{ code: "NOT_ALLOWED" }] });
        const stored = await getContainer().resolve("customer").retrieveCustomer(customerId);
        expect([stored.first_name, stored.company_name]).toEqual(["Eve", null]);
        expect(await settled(getContainer().resolve("eventBus"), seen, "customer.updated")).toHaveLength(0);
        const ok = await api
          .as(bearer(token))
          .graphql<Updated, { input: unknown }>(UPDATE, { input: { companyName: "Acme" } });
        expect(ok.data?.updateCurrentCustomer.customer).toEqual({ firstName: "Eve", companyName: "Acme" });
        expect(
          (await settled(getContainer().resolve("eventBus"), seen, "customer.updated")).map((e) => e.data),
        ).toEqual([{ id: customerId }]);
      });

      it("setAuthAppMetadataStep is compensated when a later step fails", async () => {
        const registration = await registerIdentity(api, "manager", "boss@example.com", "s3cret-pass");
        expect(registration).toBeTruthy();
        const auth = getContainer().resolve("auth");
        const [provider] = await auth.listProviderIdentities({ entity_id: "boss@example.com" }, { take: 1 });
        const identityId = provider?.auth_identity_id ?? "";
        await expect(setThenFail(getContainer()).run({ input: { authIdentityId: identityId } })).rejects.toThrow(
          "later step failed",
        );
        expect(auth.authContextFor(await auth.retrieveAuthIdentity(identityId), "manager").actor_id).toBe("");
      });
    });
  },
});
