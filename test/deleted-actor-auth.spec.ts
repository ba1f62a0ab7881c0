import { describe, expect, it } from "vitest";
import { bearer, createAdminUser, createCustomerAccount } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

const CURRENT_USER = "{ currentUser { id email } }";
const CURRENT_CUSTOMER = "{ currentCustomer { id email } }";
const DELETE_USER = "mutation($input: DeleteInput!) { deleteUser(input: $input) { deletedId userErrors { code } } }";

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ api, getContainer }) => {
    describe("a token outlives its actor only until the actor is deleted", () => {
      it("a deleted admin user's bearer token and session stop working", async () => {
        const { token, userId } = await createAdminUser(api, "leaver@example.com", "correct horse");
        const res = await fetch(`${api.url}/auth/session`, { method: "POST", headers: bearer(token) });
        const session = { cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "" };
        expect((await api.as(bearer(token)).get("/custom/admin")).status).toBe(200);
        expect(
          (await api.as(session).graphql<{ currentUser: { id: string } }, never>(CURRENT_USER)).data?.currentUser.id,
        ).toBe(userId);

        const deleted = await api.graphql<{ deleteUser: { deletedId: string } }, { input: unknown }>(DELETE_USER, {
          input: { id: userId },
        });
        expect(deleted.data?.deleteUser.deletedId).toBe(userId);

        expect((await api.as(bearer(token)).get("/custom/admin")).status).toBe(401);
        expect((await api.as(session).get("/custom/admin")).status).toBe(401);
        const me = await api.as(bearer(token)).graphql(CURRENT_USER);
        expect(me.errors?.[0]?.extensions?.code).toBe("INVALID_TOKEN");
        // Refreshing hands out no new working token either.
        const refreshed = await api.as(bearer(token)).post<{ token?: string }>("/auth/token/refresh", {});
        expect(refreshed.status).toBe(401);
        // Other admins are unaffected.
        expect(
          (await api.graphql<{ currentUser: { email: string } }, never>(CURRENT_USER)).data?.currentUser.email,
        ).toBe("admin@tessera.test");
      });

      it("a deleted customer's token stops working", async () => {
        const { token, customerId } = await createCustomerAccount(api, "gone@example.com", "s3cret-pass");
        expect(
          (await api.as(bearer(token)).graphql<{ currentCustomer: { id: string } }, never>(CURRENT_CUSTOMER)).data
            ?.currentCustomer.id,
        ).toBe(customerId);
        await getContainer().resolve("customer").softDeleteCustomers([customerId]);
        const me = await api.as(bearer(token)).graphql(CURRENT_CUSTOMER);
        expect(me.errors?.[0]?.extensions?.code).toBe("INVALID_TOKEN");
      });

      it("checks the actor with one primary-key lookup per request, and none for anonymous callers", async () => {
        const db = getContainer().resolve("db");
        db.resetQueryCount();
        await api.anonymous.graphql("{ __typename }");
        expect(db.queryCount()).toBe(0);
        db.resetQueryCount();
        await api.graphql("{ __typename }");
        expect(db.queryCount()).toBe(1);
      });
    });
  },
});
