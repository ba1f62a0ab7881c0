import { describe, expect, it } from "vitest";
import {
  bearer,
  createAdminUser,
  createCustomerAccount,
  createPublishableKey,
  login,
  refresh,
  registerIdentity,
} from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

const CURRENT_CUSTOMER = "{ currentCustomer { id email firstName addresses { city isDefaultShipping } } }";
const ADD_ADDRESS =
  "mutation($input: CustomerAddressInput!) { addCurrentCustomerAddress(input: $input) { address { id city isDefaultShipping } userErrors { code field } } }";

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ api, getContainer }) => {
    describe("customers", () => {
      it("registers, logs in and reads only their own data", async () => {
        const { token, customerId } = await createCustomerAccount(api, "cleo@example.com", "cleo's secret", {
          firstName: "Cleo",
        });
        const me = await api
          .as(bearer(token))
          .graphql<{ currentCustomer: { id: string; email: string; firstName: string } }, never>(CURRENT_CUSTOMER);
        expect(me.data?.currentCustomer).toMatchObject({
          id: customerId,
          email: "cleo@example.com",
          firstName: "Cleo",
        });
        // The seed's "Retrieve Logged-In Customer" route, behind authenticate("customer", ["session", "bearer"]).
        expect((await api.as(bearer(token)).get("/custom/customer")).data).toEqual({
          customer: { id: customerId, email: "cleo@example.com" },
        });

        const other = await createCustomerAccount(api, "dan@example.com", "dan's secret");
        const peek = await api
          .as(bearer(other.token))
          .graphql<{ node: unknown }, { id: string }>(
            "query($id: ID!) { node(id: $id) { ... on Customer { email } } }",
            { id: customerId },
          );
        expect(peek.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect(
          (await api.as(bearer(token)).graphql("{ customers { totalCount } }")).errors?.[0]?.extensions?.code,
        ).toBe("FORBIDDEN");
        expect(
          (await api.graphql<{ customers: { totalCount: number } }, never>("{ customers { totalCount } }")).data
            ?.customers.totalCount,
        ).toBe(2);
      });

      it("refuses a second registerCustomer for the same identity and leaves no extra customer", async () => {
        const registration = await registerIdentity(api, "customer", "twice@example.com", "twice password");
        const register =
          "mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { customer { id email } userErrors { code } } }";
        const first = await api
          .as(bearer(registration))
          .graphql<{ registerCustomer: { customer: { email: string } } }, { input: unknown }>(register, { input: {} });
        expect(first.data?.registerCustomer.customer.email).toBe("twice@example.com");
        const second = await api
          .as(bearer(registration))
          .graphql<{ registerCustomer: { customer: null; userErrors: { code: string }[] } }, { input: unknown }>(
            register,
            { input: {} },
          );
        expect(second.data?.registerCustomer).toEqual({ customer: null, userErrors: [{ code: "DUPLICATE" }] });
        // With the first customer deleted the insert succeeds, but the identity already names a
        // customer: the new row is removed again (compensation), nothing is left half-written.
        const customers = getContainer().resolve("customer");
        const [existing] = await customers.listCustomers({ email: "twice@example.com" });
        await customers.softDeleteCustomers([existing?.id ?? ""]);
        const third = await api
          .as(bearer(registration))
          .graphql<{ registerCustomer: { customer: null; userErrors: { code: string }[] } }, { input: unknown }>(
            register,
            { input: {} },
          );
        expect(third.data?.registerCustomer).toEqual({ customer: null, userErrors: [{ code: "INVALID_DATA" }] });
        expect(await customers.listCustomers({ email: "twice@example.com" }, { withDeleted: true })).toHaveLength(1);
      });

      it("keeps customer and admin routes apart", async () => {
        const customer = await login(api, "customer", "cleo@example.com", "cleo's secret");
        const admin = await createAdminUser(api, "admin@example.com", "admin password");
        expect((await api.as(bearer(admin.token)).get("/custom/customer")).status).toBe(401);
        expect((await api.as(bearer(customer)).get("/custom/admin")).status).toBe(401);
        expect((await api.anonymous.get("/custom/customer")).status).toBe(401);
        // The same credentials with the other actor type carry no actor: still refused.
        const asUser = await login(api, "user", "cleo@example.com", "cleo's secret");
        expect((await api.as(bearer(asUser)).get("/custom/admin")).status).toBe(401);
      });

      it("keeps each customer's idempotency keys their own: the same key replays for its owner only", async () => {
        const ada = await createCustomerAccount(api, "ada@example.com", "ada's secret");
        const bob = await createCustomerAccount(api, "bob@example.com", "bob's secret");
        type Added = { addCurrentCustomerAddress: { address: { id: string; city: string } | null } };
        const add = (token: string, city: string) =>
          api
            .as(bearer(token))
            .graphql<Added, { input: unknown }>(ADD_ADDRESS, { input: { city, idempotencyKey: "address-1" } });
        const first = (await add(ada.token, "Lyon")).data?.addCurrentCustomerAddress.address;
        const replay = (await add(ada.token, "Lyon")).data?.addCurrentCustomerAddress.address;
        const other = (await add(bob.token, "Oslo")).data?.addCurrentCustomerAddress.address;
        // Ada's retry answers her first address; Bob's call with the same key is his own run,
        // not a replay of Ada's (which would hand him her address).
        expect(replay).toEqual(first);
        expect(other).toMatchObject({ city: "Oslo" });
        expect(other?.id).not.toBe(first?.id);
        const addresses = getContainer().resolve("customer");
        expect(await addresses.listCustomerAddresses({ customer_id: ada.customerId })).toHaveLength(1);
        expect(await addresses.listCustomerAddresses({ customer_id: bob.customerId })).toHaveLength(1);
      });

      it("manages addresses with one default at a time, and refuses someone else's", async () => {
        const token = await login(api, "customer", "cleo@example.com", "cleo's secret");
        const as = api.as(bearer(token));
        const first = await as.graphql<{ addCurrentCustomerAddress: { address: { id: string } } }, { input: unknown }>(
          ADD_ADDRESS,
          { input: { city: "Lyon", countryCode: "FR", isDefaultShipping: true } },
        );
        await as.graphql(ADD_ADDRESS, { input: { city: "Nice", countryCode: "fr", isDefaultShipping: true } });
        const me = await as.graphql<
          { currentCustomer: { addresses: { city: string; isDefaultShipping: boolean }[] } },
          never
        >(CURRENT_CUSTOMER);
        expect(me.data?.currentCustomer.addresses).toEqual([
          { city: "Lyon", isDefaultShipping: false },
          { city: "Nice", isDefaultShipping: true },
        ]);
        const bad = await as.graphql<
          { addCurrentCustomerAddress: { userErrors: { code: string; field: string[] }[] } },
          { input: unknown }
        >(ADD_ADDRESS, { input: { countryCode: "France" } });
        expect(bad.data?.addCurrentCustomerAddress.userErrors[0]).toEqual({
          code: "INVALID_DATA",
          field: ["input", "countryCode"],
        });
        const dan = await login(api, "customer", "dan@example.com", "dan's secret");
        const steal = await api
          .as(bearer(dan))
          .graphql("mutation($input: DeleteInput!) { deleteCurrentCustomerAddress(input: $input) { deletedId } }", {
            input: { id: first.data?.addCurrentCustomerAddress.address.id },
          });
        expect(steal.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      });

      it("groups customers (admin)", async () => {
        const group = await api.graphql<{ createCustomerGroup: { customerGroup: { id: string } } }, { input: unknown }>(
          "mutation($input: CreateCustomerGroupInput!) { createCustomerGroup(input: $input) { customerGroup { id } userErrors { code } } }",
          { input: { name: "VIP" } },
        );
        const groupId = group.data?.createCustomerGroup.customerGroup.id ?? "";
        const [cleo] = await getContainer().resolve("customer").listCustomers({ email: "cleo@example.com" });
        const added = await api.graphql<
          { addCustomersToGroup: { customerGroup: { customers: { email: string }[] } } },
          { input: unknown }
        >(
          "mutation($input: AddCustomersToGroupInput!) { addCustomersToGroup(input: $input) { customerGroup { customers { email } } userErrors { code } } }",
          { input: { groupId, customerIds: [cleo?.id] } },
        );
        expect(added.data?.addCustomersToGroup.customerGroup.customers).toEqual([{ email: "cleo@example.com" }]);
        const dup = await api.graphql<{ createCustomerGroup: { userErrors: { code: string }[] } }, { input: unknown }>(
          "mutation($input: CreateCustomerGroupInput!) { createCustomerGroup(input: $input) { userErrors { code } } }",
          { input: { name: "VIP" } },
        );
        expect(dup.data?.createCustomerGroup.userErrors[0]?.code).toBe("DUPLICATE");
      });
    });

    describe("publishable keys", () => {
      it("let storefronts read the catalogue, scoped to sales channels, until revoked", async () => {
        const channel = await getContainer().resolve("salesChannel").createSalesChannels({ name: "Web" });
        const key = await createPublishableKey(api, [channel.id]);
        expect(key).toMatch(/^pk_/);
        const store = api.as({ "x-publishable-api-key": key });
        expect(
          (await store.graphql<{ products: { totalCount: number } }, never>("{ products { totalCount } }")).data
            ?.products.totalCount,
        ).toBe(0);
        expect((await api.anonymous.graphql("{ products { totalCount } }")).errors?.[0]?.extensions?.code).toBe(
          "UNAUTHENTICATED",
        );
        expect((await store.graphql("{ users { totalCount } }")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect(
          (await api.as({ "x-publishable-api-key": "pk_unknown" }).graphql("{ products { totalCount } }")).errors?.[0]
            ?.extensions,
        ).toMatchObject({ code: "INVALID_API_KEY", header: "x-publishable-api-key" });
        const [row] = await getContainer().resolve("apiKey").listApiKeys({ token: key });
        expect(row?.sales_channel_ids).toEqual([channel.id]);
        expect(await getContainer().resolve("apiKey").authenticatePublishableKey(key)).toEqual({
          key,
          sales_channel_ids: [channel.id],
        });
        const bad = await api.graphql<{ createApiKey: { userErrors: { code: string }[] } }, { input: unknown }>(
          "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { userErrors { code } } }",
          { input: { title: "x", type: "PUBLISHABLE", salesChannelIds: ["sc_missing"] } },
        );
        expect(bad.data?.createApiKey.userErrors[0]?.code).toBe("INVALID_DATA");
        // Store routes need the key too, and see its sales channels.
        expect((await store.get("/store/custom")).data).toEqual({ sales_channel_ids: [channel.id] });
        expect(await api.anonymous.get("/store/custom")).toMatchObject({ status: 400, data: { type: "not_allowed" } });
        await getContainer()
          .resolve("apiKey")
          .revokeApiKeys([row?.id ?? ""], null);
        expect((await store.get("/store/custom")).status).toBe(400);
        expect((await store.graphql("{ products { totalCount } }")).errors?.[0]?.extensions?.code).toBe(
          "INVALID_API_KEY",
        );
      });
    });

    describe("a custom actor type: managers", () => {
      it("registers with allowUnregistered, becomes a manager, and reaches /manager/me", async () => {
        const registration = await registerIdentity(api, "manager", "mia@example.com", "mia's password");
        expect((await api.as(bearer(registration)).get("/manager/me")).status).toBe(401);
        const created = await api
          .as(bearer(registration))
          .post<{ manager: { id: string; email: string } }>("/manager", {
            first_name: "Mia",
            last_name: "Ng",
            email: "mia@example.com",
          });
        expect(created.status).toBe(200);
        expect(created.data.manager.id).toMatch(/^manager_/);
        const token = await refresh(api, registration);
        expect((await api.as(bearer(token)).get("/manager/me")).data).toMatchObject({
          manager: { id: created.data.manager.id, first_name: "Mia" },
        });
        const again = await api
          .as(bearer(token))
          .post("/manager", { first_name: "M", last_name: "N", email: "mia@example.com" });
        expect(again).toMatchObject({ status: 400, data: { message: "Request already authenticated as a manager." } });
        // Manager tokens are not admin or customer tokens.
        expect((await api.as(bearer(token)).get("/custom/admin")).status).toBe(401);
        expect(
          (await api.anonymous.post("/manager", { first_name: "A", last_name: "B", email: "a@b.co" })).status,
        ).toBe(401);
        expect(await getContainer().resolve("manager").listManagers()).toHaveLength(1);
      });
    });
  },
});
