import { describe, expect, it } from "vitest";
import {
  bearer,
  createCustomerAccount,
  createPublishableKey,
  mailCount,
  nextMail,
  verificationToken,
} from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner, type TestApi } from "../src/framework/test-utils/runners.ts";
import {
  AddCurrentCustomerAddress,
  AddCustomersToGroup,
  CreateCustomerGroup,
  CurrentCustomer,
  LogInCustomer,
  RefreshCustomerToken,
  RequestCustomerPasswordReset,
  RequestCustomerRegistration,
  ResetCustomerPassword,
  UpdateCurrentCustomerAddress,
  UpdateCurrentCustomerEmail,
  UpdateCurrentCustomerPassword,
  VerifyCustomerEmail,
} from "./operations/customer-auth.ts";

const KEY_HEADER = "x-publishable-api-key";

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key = "";
    /** The storefront: its publishable key, and the customer's token once it has one. */
    const store = (token?: string): TestApi => api.as({ [KEY_HEADER]: key, ...(token ? bearer(token) : {}) });
    const logIn = async (email: string, password: string) =>
      store().graphql(LogInCustomer, { input: { email, password } });

    describe("customer auth by GraphQL only", () => {
      it("registers, verifies, logs in, updates an address and reads its groups", async () => {
        key = await createPublishableKey(api);
        const requested = await store().graphql(RequestCustomerRegistration, {
          input: { email: "Journey@Example.com", password: "journey password" },
        });
        expect(requested.data?.requestCustomerRegistration).toEqual({
          verificationRequired: true,
          token: null,
          userErrors: [],
        });
        const mail = await nextMail(api, "journey@example.com", "verify-email-template", 0);
        const verified = await store().graphql(VerifyCustomerEmail, {
          input: { token: verificationToken(mail), firstName: "Jo" },
        });
        const customer = verified.data?.verifyCustomerEmail.customer;
        expect(customer).toMatchObject({ email: "journey@example.com", firstName: "Jo" });
        expect(verified.data?.verifyCustomerEmail.token).toBeTruthy();
        // The link is single use.
        const again = await store().graphql(VerifyCustomerEmail, { input: { token: verificationToken(mail) } });
        expect(again.data?.verifyCustomerEmail.userErrors).toEqual([
          expect.objectContaining({ field: ["input", "token"], code: "INVALID_DATA" }),
        ]);

        const login = await logIn("journey@example.com", "journey password");
        const token = login.data?.logInCustomer.token ?? "";
        expect(login.data?.logInCustomer.customer?.id).toBe(customer?.id);

        const me = store(token);
        const added = await me.graphql(AddCurrentCustomerAddress, { input: { city: "Lyon", isDefaultShipping: true } });
        const first = added.data?.addCurrentCustomerAddress.address;
        const second = (await me.graphql(AddCurrentCustomerAddress, { input: { city: "Oslo" } })).data
          ?.addCurrentCustomerAddress.address;
        const updated = await me.graphql(UpdateCurrentCustomerAddress, {
          input: { id: second?.id ?? "", city: "Bergen", postalCode: "5003", isDefaultShipping: true },
        });
        expect(updated.data?.updateCurrentCustomerAddress).toEqual({
          address: { id: second?.id, city: "Bergen", postalCode: "5003", isDefaultShipping: true },
          userErrors: [],
        });

        const group = await api.graphql(CreateCustomerGroup, { input: { name: "VIP" } });
        const groupId = group.data?.createCustomerGroup.customerGroup?.id ?? "";
        await api.graphql(AddCustomersToGroup, { input: { groupId, customerIds: [customer?.id ?? ""] } });
        const read = await me.graphql(CurrentCustomer);
        expect(read.errors).toBeUndefined();
        expect(read.data?.currentCustomer?.groups).toEqual([{ id: groupId, name: "VIP" }]);
        // One default at a time: the updated address took the flag from the first.
        expect(
          Object.fromEntries((read.data?.currentCustomer?.addresses ?? []).map((a) => [a.city, a.isDefaultShipping])),
        ).toEqual({ Lyon: false, Bergen: true });
        expect(first?.id).toBeTruthy();

        // Someone else's address is not found, and nothing changes.
        const other = await createCustomerAccount(api, "other@example.com", "other password");
        const foreign = await store(other.token).graphql(UpdateCurrentCustomerAddress, {
          input: { id: first?.id ?? "", city: "Hijacked" },
        });
        expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
        const [kept] = await getContainer()
          .resolve("customer")
          .listCustomerAddresses({ id: first?.id ?? "" });
        expect(kept?.city).toBe("Lyon");

        const refreshed = await me.graphql(RefreshCustomerToken);
        expect(refreshed.data?.refreshCustomerToken.customer?.id).toBe(customer?.id);
      });

      it("answers a taken email's registration exactly like a new one's", async () => {
        const input = { email: "other@example.com", password: "another password" };
        const taken = await store().graphql(RequestCustomerRegistration, { input });
        const fresh = await store().graphql(RequestCustomerRegistration, {
          input: { ...input, email: "fresh@example.com" },
        });
        expect(taken).toEqual(fresh);
        await nextMail(api, "other@example.com", "account-exists-template", 0);
        const bad = await store().graphql(RequestCustomerRegistration, { input: { email: "nope", password: "x" } });
        expect(bad.data?.requestCustomerRegistration.userErrors[0]).toMatchObject({
          field: ["input", "email"],
          code: "INVALID_DATA",
        });
      });

      it("refuses a wrong password as an unknown email, and locks both alike", async () => {
        await createCustomerAccount(api, "locked@example.com", "locked password");
        for (let n = 1; n <= 6; n++) {
          const known = await logIn("locked@example.com", `wrong guess ${n}`);
          const unknown = await logIn("nobody@example.com", `wrong guess ${n}`);
          // The same answer either way; only the seconds to wait may differ by the clock's tick.
          const wait = (r: typeof known) => Number(r.errors?.[0]?.extensions?.retryAfter ?? 0);
          expect(Math.abs(wait(unknown) - wait(known))).toBeLessThanOrEqual(1);
          const withoutWait = (r: typeof known) =>
            JSON.stringify(r, (name, value: unknown) => (name === "retryAfter" ? undefined : value));
          expect(withoutWait(unknown)).toBe(withoutWait(known));
          expect(known.errors?.[0]?.extensions?.code).toBe(n <= 5 ? "UNAUTHENTICATED" : "TOO_MANY_REQUESTS");
          if (n === 6) expect(wait(known)).toBeGreaterThan(0);
        }
        // Locked even with the right password, as over REST (the same counters).
        expect((await logIn("locked@example.com", "locked password")).errors?.[0]?.extensions?.code).toBe(
          "TOO_MANY_REQUESTS",
        );
        const rest = await api.anonymous.post("/auth/customer/emailpass", {
          email: "locked@example.com",
          password: "locked password",
        });
        expect(rest.status).toBe(429);
      });

      it("resets a forgotten password with the mailed token, once", async () => {
        const seen = await mailCount(api, "journey@example.com", "reset-password-template");
        const asked = await store().graphql(RequestCustomerPasswordReset, { input: { email: "journey@example.com" } });
        const unknown = await store().graphql(RequestCustomerPasswordReset, { input: { email: "ghost@example.com" } });
        expect(asked).toEqual(unknown);
        const mail = await nextMail(api, "journey@example.com", "reset-password-template", seen);
        const token = new URL(String(mail.data.url)).searchParams.get("token") ?? "";
        const reset = await store().graphql(ResetCustomerPassword, {
          input: { token, password: "brand new password" },
        });
        expect(reset.data?.resetCustomerPassword).toEqual({ done: true, userErrors: [] });
        const replay = await store().graphql(ResetCustomerPassword, { input: { token, password: "third password" } });
        expect(replay.data?.resetCustomerPassword.userErrors[0]).toMatchObject({ field: ["input", "token"] });
        expect((await logIn("journey@example.com", "brand new password")).data?.logInCustomer.token).toBeTruthy();
      });

      it("changes the password and the email only with the current password", async () => {
        const token = (await logIn("journey@example.com", "brand new password")).data?.logInCustomer.token ?? "";
        const me = store(token);
        const wrong = await me.graphql(UpdateCurrentCustomerPassword, {
          input: { currentPassword: "not it at all", newPassword: "changed password" },
        });
        expect(wrong.data?.updateCurrentCustomerPassword.userErrors).toEqual([
          expect.objectContaining({ field: ["input", "currentPassword"], code: "INVALID_DATA" }),
        ]);
        const changed = await me.graphql(UpdateCurrentCustomerPassword, {
          input: { currentPassword: "brand new password", newPassword: "changed password" },
        });
        expect(changed.data?.updateCurrentCustomerPassword).toEqual({ done: true, userErrors: [] });
        expect((await logIn("journey@example.com", "brand new password")).errors?.[0]?.extensions?.code).toBe(
          "UNAUTHENTICATED",
        );

        const taken = await me.graphql(UpdateCurrentCustomerEmail, {
          input: { email: "other@example.com", password: "changed password" },
        });
        expect(taken.data?.updateCurrentCustomerEmail.userErrors).toEqual([
          expect.objectContaining({ field: ["input", "email"], code: "DUPLICATE" }),
        ]);
        const moved = await me.graphql(UpdateCurrentCustomerEmail, {
          input: { email: "Moved@Example.com", password: "changed password" },
        });
        expect(moved.data?.updateCurrentCustomerEmail.customer?.email).toBe("moved@example.com");
        expect((await logIn("moved@example.com", "changed password")).data?.logInCustomer.token).toBeTruthy();
        expect((await logIn("journey@example.com", "changed password")).errors?.[0]?.extensions?.code).toBe(
          "UNAUTHENTICATED",
        );
      });
    });

    describe("credentials that prove nothing", () => {
      it("answers a distinct code naming the header, never a silent guest", async () => {
        const wrongKey = await api.as({ [KEY_HEADER]: "pk_typo" }).graphql(CurrentCustomer);
        expect(wrongKey.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_API_KEY", header: KEY_HEADER });
        expect(wrongKey.errors?.[0]?.message).toContain(KEY_HEADER);
        const badToken = await store("not.a.token").graphql(CurrentCustomer);
        expect(badToken.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_TOKEN", header: "authorization" });
        expect(badToken.data ?? null).toBeNull();
        const badSecret = await api
          .as({ authorization: `Basic ${Buffer.from("sk_wrong:").toString("base64")}` })
          .graphql(CurrentCustomer);
        expect(badSecret.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_API_KEY", header: "authorization" });
        // The mutations a storefront calls are refused the same way, before anything runs.
        const login = await api
          .as({ [KEY_HEADER]: "pk_typo" })
          .graphql(LogInCustomer, { input: { email: "moved@example.com", password: "changed password" } });
        expect(login.errors?.[0]?.extensions?.code).toBe("INVALID_API_KEY");
      });

      it("names the field of a duplicate value", async () => {
        const dup = await api.graphql(CreateCustomerGroup, { input: { name: "VIP" } });
        expect(dup.data?.createCustomerGroup.userErrors).toEqual([
          { field: ["input", "name"], code: "DUPLICATE", message: expect.stringContaining("name") },
        ]);
      });
    });
  },
});
