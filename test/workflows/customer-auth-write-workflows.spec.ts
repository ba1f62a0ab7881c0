import { beforeAll, describe, expect, it } from "vitest";
import { TesseraError } from "../../src/framework/errors/tessera-error.ts";
import type { EventMessage } from "../../src/framework/events/types.ts";
import {
  bearer,
  createCustomerAccount,
  login,
  nextMail,
  verificationToken,
} from "../../src/framework/test-utils/auth-clients.ts";
import { recordEventMessages, recordEvents } from "../../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../../src/framework/test-utils/runners.ts";
import { storedRuns } from "../../src/framework/test-utils/workflow-runs.ts";
import type { PasswordResetEvent } from "../../src/modules/auth/events.ts";
import {
  generateResetPasswordTokenWorkflow,
  requestRegistrationWorkflow,
  resetPasswordWorkflow,
  verifyRegistrationWorkflow,
} from "../../src/workflows/auth/auth-identities.ts";
import {
  createCustomerAddressWorkflow,
  deleteCustomerAddressWorkflow,
} from "../../src/workflows/customer/customer-addresses.ts";
import {
  createCustomerGroupsWorkflow,
  linkCustomersToGroupWorkflow,
} from "../../src/workflows/customer/customer-groups.ts";

// Hooks that refuse on a marker: whatever the workflow wrote before them must be undone.
const refuse = { addressDelete: false, link: false, reset: false, verify: false };
const no = (message: string) => new TesseraError(TesseraError.Types.NOT_ALLOWED, message);
createCustomerAddressWorkflow.hooks.addressesCreated(({ addresses }) => {
  if (addresses.some((a) => a.address_name === "Refused")) throw no("No such address");
});
deleteCustomerAddressWorkflow.hooks.addressesDeleted(() => {
  if (refuse.addressDelete) throw no("Address is in use");
});
createCustomerGroupsWorkflow.hooks.customerGroupsCreated(({ customer_groups }) => {
  if (customer_groups.some((g) => g.name === "Refused")) throw no("Group name taken elsewhere");
});
linkCustomersToGroupWorkflow.hooks.customersLinkedToGroup(() => {
  if (refuse.link) throw no("Group is closed");
});
requestRegistrationWorkflow.hooks.registrationRequested(({ entity_id }) => {
  if (entity_id.startsWith("refused-reg")) throw no("Sign-ups are closed");
});
verifyRegistrationWorkflow.hooks.authIdentityRegistered(() => {
  if (refuse.verify) throw no("Sign-ups are paused");
});
generateResetPasswordTokenWorkflow.hooks.resetPasswordTokenGenerated(({ entity_id }) => {
  if (entity_id.startsWith("refused")) throw no("Resets are paused");
});
resetPasswordWorkflow.hooks.passwordReset(() => {
  if (refuse.reset) throw no("Password changes are frozen");
});

const ADD =
  "mutation($input: CustomerAddressInput!) { addCurrentCustomerAddress(input: $input) { address { id city isDefaultShipping } userErrors { code } } }";
const DELETE =
  "mutation($input: DeleteInput!) { deleteCurrentCustomerAddress(input: $input) { deletedId userErrors { code } } }";
const ADDRESSES = "{ currentCustomer { addresses { city isDefaultShipping } } }";
const CREATE_GROUP =
  "mutation($input: CreateCustomerGroupInput!) { createCustomerGroup(input: $input) { customerGroup { id } userErrors { code } } }";
const LINK =
  "mutation($input: AddCustomersToGroupInput!) { addCustomersToGroup(input: $input) { customerGroup { customers { email } } userErrors { code } } }";

type Payload<K extends string, T> = { [P in K]: T & { userErrors: { code: string }[] } };

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seen: EventMessage[] = [];
    beforeAll(() => {
      seen = recordEventMessages(getContainer().resolve("eventBus"), [
        "customer.updated",
        "customer_group.created",
        "customer_group.updated",
      ]);
    });
    /** Every event emitted so far delivered: an event that should not exist is there by then. */
    const settle = () => getContainer().resolve("eventBus").drain();
    /** Every stored run of a workflow, as text. */
    const stored = async (workflowId: string) => JSON.stringify(await storedRuns(getContainer(), workflowId));

    describe("customer addresses", () => {
      it("adds and deletes through workflows that emit customer.updated; a refusing hook undoes the write", async () => {
        const { token, customerId } = await createCustomerAccount(api, "addr@example.com", "addr password");
        const as = api.as(bearer(token));
        const home = await as.graphql<
          Payload<"addCurrentCustomerAddress", { address: { id: string } }>,
          { input: unknown }
        >(ADD, { input: { city: "Lyon", isDefaultShipping: true } });
        const homeId = home.data?.addCurrentCustomerAddress.address.id ?? "";
        // Refused: the new default is deleted and Lyon is the default again.
        const refused = await as.graphql<Payload<"addCurrentCustomerAddress", { address: null }>, { input: unknown }>(
          ADD,
          { input: { addressName: "Refused", city: "Nice", isDefaultShipping: true } },
        );
        expect(refused.data?.addCurrentCustomerAddress).toEqual({
          address: null,
          userErrors: [{ code: "NOT_ALLOWED" }],
        });
        expect((await as.graphql(ADDRESSES)).data).toEqual({
          currentCustomer: { addresses: [{ city: "Lyon", isDefaultShipping: true }] },
        });

        refuse.addressDelete = true;
        const kept = await as.graphql<Payload<"deleteCurrentCustomerAddress", { deletedId: null }>, { input: unknown }>(
          DELETE,
          { input: { id: homeId } },
        );
        refuse.addressDelete = false;
        expect(kept.data?.deleteCurrentCustomerAddress).toEqual({
          deletedId: null,
          userErrors: [{ code: "NOT_ALLOWED" }],
        });
        expect((await as.graphql(ADDRESSES)).data).toEqual({
          currentCustomer: { addresses: [{ city: "Lyon", isDefaultShipping: true }] },
        });
        const gone = await as.graphql<
          Payload<"deleteCurrentCustomerAddress", { deletedId: string }>,
          { input: unknown }
        >(DELETE, { input: { id: homeId } });
        expect(gone.data?.deleteCurrentCustomerAddress).toEqual({ deletedId: homeId, userErrors: [] });
        await settle();
        // One event for the add, one for the delete: the refused runs emitted nothing.
        expect(
          seen.filter((e) => e.name === "customer.updated" && (e.data as { id: string }).id === customerId),
        ).toHaveLength(2);
      });
    });

    describe("customer groups", () => {
      it("creates and links through workflows; a refusing hook leaves no group, or the members as they were", async () => {
        await createCustomerAccount(api, "member@example.com", "member password");
        const [member] = await getContainer().resolve("customer").listCustomers({ email: "member@example.com" });
        const refused = await api.graphql<Payload<"createCustomerGroup", { customerGroup: null }>, { input: unknown }>(
          CREATE_GROUP,
          { input: { name: "Refused" } },
        );
        expect(refused.data?.createCustomerGroup).toEqual({
          customerGroup: null,
          userErrors: [{ code: "NOT_ALLOWED" }],
        });
        expect(await getContainer().resolve("customer").listCustomerGroups({ name: "Refused" })).toEqual([]);
        const group = await api.graphql<
          Payload<"createCustomerGroup", { customerGroup: { id: string } }>,
          { input: unknown }
        >(CREATE_GROUP, { input: { name: "Gold" } });
        const groupId = group.data?.createCustomerGroup.customerGroup.id ?? "";
        refuse.link = true;
        const closed = await api.graphql<Payload<"addCustomersToGroup", { customerGroup: null }>, { input: unknown }>(
          LINK,
          { input: { groupId, customerIds: [member?.id] } },
        );
        refuse.link = false;
        expect(closed.data?.addCustomersToGroup.userErrors).toEqual([{ code: "NOT_ALLOWED" }]);
        expect(
          (
            await getContainer()
              .resolve("customer")
              .retrieveCustomerGroup(groupId, { relations: ["customers"] })
          ).customers,
        ).toEqual([]);
        const linked = await api.graphql<
          Payload<"addCustomersToGroup", { customerGroup: unknown }>,
          { input: unknown }
        >(LINK, { input: { groupId, customerIds: [member?.id] } });
        expect(linked.data?.addCustomersToGroup).toEqual({
          customerGroup: { customers: [{ email: "member@example.com" }] },
          userErrors: [],
        });
        await settle();
        expect(seen.filter((e) => e.name.startsWith("customer_group.")).map((e) => [e.name, e.data])).toEqual([
          ["customer_group.created", { id: groupId }],
          ["customer_group.updated", { id: groupId }],
        ]);
      });
    });

    describe("auth routes", () => {
      it("registration runs workflows that store no password or link; refusing hooks keep nothing", async () => {
        const auth = getContainer().resolve("auth");
        const register = (email: string, password: string) =>
          api.anonymous.post("/auth/customer/emailpass/register", { email, password });
        // A refused request answers the same 202 (the answer comes first) but keeps and mails nothing.
        expect((await register("refused-reg@example.com", "refused-pw-never-stored")).status).toBe(202);
        expect((await register("wf-reg@example.com", "register-pw-never-stored")).status).toBe(202);
        const token = verificationToken(await nextMail(api, "wf-reg@example.com", "verify-email-template", 0));
        await settle();
        expect(await api.inbox("refused-reg@example.com")).toEqual([]);
        expect(await auth.listAuthEmailVerifications({ entity_id: "refused-reg@example.com" })).toEqual([]);

        // A refused verification deletes the new identity, and the link works again.
        refuse.verify = true;
        const frozen = await api.anonymous.post("/auth/customer/emailpass/verify", { token });
        refuse.verify = false;
        expect(frozen).toMatchObject({ status: 400, data: { type: "not_allowed" } });
        expect(await auth.listProviderIdentities({ entity_id: "wf-reg@example.com" })).toEqual([]);
        expect((await api.anonymous.post("/auth/customer/emailpass/verify", { token })).status).toBe(200);
        expect(await login(api, "customer", "wf-reg@example.com", "register-pw-never-stored")).toMatch(/^ey/);

        const runs = (await stored("request-registration")) + (await stored("verify-registration"));
        expect(runs).toContain("wf-reg@example.com");
        expect(runs).toContain("[redacted]");
        for (const leak of ["register-pw-never-stored", "refused-pw-never-stored", token, "$argon2"])
          expect(runs.includes(leak)).toBe(false);
      });

      it("a reset request and a password update run as workflows that store no token or password; refusing hooks undo them", async () => {
        const auth = getContainer().resolve("auth");
        await createCustomerAccount(api, "refused-reset@example.com", "first password");
        await createCustomerAccount(api, "wf-reset@example.com", "first password");
        const resets = recordEvents<PasswordResetEvent>(getContainer().resolve("eventBus"), "auth.password_reset");
        // The refused request answers the same 201, leaves no token and emits nothing.
        await api.anonymous.post("/auth/customer/emailpass/reset-password", {
          identifier: "refused-reset@example.com",
        });
        const emitted = resets.next();
        expect(
          (await api.anonymous.post("/auth/customer/emailpass/reset-password", { identifier: "wf-reset@example.com" }))
            .status,
        ).toBe(201);
        const { token } = await emitted;
        expect(resets.received.map((e) => e.entity_id)).toEqual(["wf-reset@example.com"]);
        const [refusedIdentity] = await auth.listProviderIdentities({ entity_id: "refused-reset@example.com" });
        expect(await auth.listAuthResetTokens({ provider_identity_id: refusedIdentity?.id })).toEqual([]);

        // A refused update: the old password still works, and so does the token.
        refuse.reset = true;
        const frozen = await api.anonymous.post("/auth/customer/emailpass/update", {
          token,
          password: "frozen-pw-never-stored",
        });
        refuse.reset = false;
        expect(frozen).toMatchObject({ status: 400, data: { type: "not_allowed" } });
        expect(await login(api, "customer", "wf-reset@example.com", "first password")).toMatch(/^ey/);
        const reset = await api.anonymous.post("/auth/customer/emailpass/update", {
          token,
          password: "second-pw-never-stored",
        });
        expect(reset).toMatchObject({ status: 200, data: { success: true } });
        expect(await login(api, "customer", "wf-reset@example.com", "second-pw-never-stored")).toMatch(/^ey/);

        const runs = (await stored("generate-reset-password-token")) + (await stored("reset-password"));
        expect(runs).toContain("[redacted]");
        for (const leak of [token, "frozen-pw-never-stored", "second-pw-never-stored", "$argon2"])
          expect(runs.includes(leak)).toBe(false);
      });
    });
  },
});
