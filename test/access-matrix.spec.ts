import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { accessDeniedMessages } from "../src/framework/graphql/auth-scopes.ts";
import {
  bearer,
  createAdminUser,
  createCustomerAccount,
  createPublishableKey,
  registerIdentity,
} from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { seedAccessRecords } from "./access-seed.ts";
import { accessTable, callers, nodeAccess, storefrontFields, type Caller } from "./access-table.ts";

// The committed SDL (CI keeps it equal to the code); the suite also checks the live schema matches.
const sdl = buildSchema(
  readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../schema/schema.graphql"), "utf8"),
);

function rootFields(
  schema: GraphQLSchema,
): { operation: "query" | "mutation"; key: string; field: GraphQLField<unknown, unknown> }[] {
  return (["Query", "Mutation"] as const).flatMap((typeName) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return [];
    return Object.values(type.getFields()).map((field) => ({
      operation: typeName === "Query" ? ("query" as const) : ("mutation" as const),
      key: `${typeName}.${field.name}`,
      field,
    }));
  });
}

/** A value GraphQL accepts for the type: required input fields only, ids that match nothing. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(type)) {
    // A well-formed id of a real type (prod_…) that matches no row: id parsing passes, lookups find nothing.
    return (
      (
        {
          ID: "prod_00000000000000000000000000",
          String: "access-matrix",
          Int: 1,
          Float: 1,
          Boolean: false,
          DateTime: "2020-01-01T00:00:00Z",
          JSON: {},
        } as Record<string, unknown>
      )[type.name] ?? "x"
    );
  }
  return null;
}

const selectionFor = (field: GraphQLField<unknown, unknown>) =>
  isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? "" : " { __typename }";

/** One operation calling the field with sample required arguments and selecting only __typename. */
function operationFor(
  operation: string,
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const declarations = required.map((a, i) => `$a${i}: ${String(a.type)}`).join(", ");
  const args = required.map((a, i) => `${a.name}: $a${i}`).join(", ");
  return {
    query: `${operation} Access${declarations ? `(${declarations})` : ""} { ${field.name}${args ? `(${args})` : ""}${selectionFor(field)} }`,
    variables: Object.fromEntries(required.map((a, i) => [`a${i}`, sample(a.type)])),
  };
}

/** Literal arguments the storefront walk passes, from the seeded ids: what makes each step of a path answer a record. */
const walkArgs = (ids: Record<string, string>): Record<string, string> => ({
  "Query.product": `(handle: "matrix-published")`,
  "Query.productCategory": `(handle: "matrix-child")`,
  "Query.productCollection": `(handle: "matrix")`,
  "Query.currency": `(code: "eur")`,
  // Bands are listed only when bounds are given; the store's default region prices them.
  "Query.productFacets": `(priceBands: ["10"])`,
  "Query.region": `(id: "${ids["Region.any"]}")`,
  "Query.cart": `(id: "${ids["Cart.guest"]}")`,
  "Query.order": `(id: "${ids["Order.guest"]}")`,
  "Query.guestOrder": `(id: "${ids["Order.guest"]}", email: "guest@example.com")`,
  "Query.calculatedPrices": `(priceSetIds: ["${ids["PriceSet.any"]}"], context: { currencyCode: "eur" })`,
  "Query.taxLines": `(items: [{ id: "line", productId: "${ids["Product.published"]}" }], address: { countryCode: "se" })`,
  "Query.availableShippingOptions": `(context: { countryCode: "se", currencyCode: "eur", salesChannelId: "${ids["SalesChannel.any"]}" })`,
  "ProductVariant.calculatedPrice": `(context: { regionId: "${ids["Region.any"]}" })`,
  "ProductVariant.availability": `(salesChannelId: "${ids["SalesChannel.any"]}")`,
});

type Step = { type: string; field: string };
/** The walk callers: a storefront, a logged-in customer on a storefront, and an admin over the same fields. */
const walkers: Caller[] = ["publishableKey", "customer", "adminUser"];
const storefrontRoots = rootFields(sdl).filter(
  (r) => r.operation === "query" && (accessTable[r.key] ?? []).some((c) => c === "publishableKey" || c === "customer"),
);
const fieldNames = (list: string | undefined) => (list ? list.split(" ") : []);

/**
 * Every object type the storefront reaches from its root fields through `store` fields, with the
 * shortest path there (breadth first); interfaces (node, nodes) are walked by the node part.
 */
function storefrontWalk(schema: GraphQLSchema): Map<string, Step[]> {
  const paths = new Map<string, Step[]>();
  const queue: string[] = [];
  const reach = (typeName: string, steps: Step[]) => {
    if (paths.has(typeName)) return;
    paths.set(typeName, steps);
    queue.push(typeName);
  };
  for (const root of storefrontRoots) {
    const target = getNamedType(root.field.type);
    if (isObjectType(target)) reach(target.name, [{ type: "Query", field: root.field.name }]);
  }
  for (let typeName = queue.shift(); typeName; typeName = queue.shift()) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const name of fieldNames(storefrontFields[typeName]?.store)) {
      const target = type.getFields()[name];
      const named = target && getNamedType(target.type);
      if (named && isObjectType(named) && !isInterfaceType(named))
        reach(named.name, [...(paths.get(typeName) ?? []), { type: typeName, field: name }]);
    }
  }
  return paths;
}
const walk = storefrontWalk(sdl);

/** The document reaching `steps` then selecting `field`; and the response keys of its parent. */
function walkQuery(
  steps: Step[],
  field: GraphQLField<unknown, unknown>,
  parent: string,
  args: Record<string, string>,
): string {
  const last = `${field.name}${args[`${parent}.${field.name}`] ?? ""}${selectionFor(field)}`;
  return `query Walk ${steps.reduceRight((inner, step) => `{ ${step.field}${args[`${step.type}.${step.field}`] ?? ""} ${inner} }`, `{ ${last} }`)}`;
}

/** The value at the walk's parent: the first element of each list on the way. */
function valueAt(data: unknown, keys: string[]): unknown {
  let value = data;
  for (const key of keys) {
    value = Array.isArray(value) ? value[0] : value;
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  }
  return Array.isArray(value) ? value[0] : value;
}

integrationTestRunner({
  testSuite: ({ api, getApp, getContainer }) => {
    const headers = {} as Record<Caller, Record<string, string>>;
    let ids: Record<string, string> = {};
    beforeAll(async () => {
      headers.anonymous = {};
      const key = await api.graphql<{ createApiKey: { token: string } }, { input: unknown }>(
        "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }",
        { input: { title: "matrix", type: "SECRET" } },
      );
      headers.secretKey = {
        authorization: `Basic ${Buffer.from(`${key.data?.createApiKey.token ?? ""}:`).toString("base64")}`,
      };
      headers.adminUser = bearer((await createAdminUser(api, "matrix-admin@example.com", "matrix password")).token);
      const channel = await getContainer().resolve("salesChannel").createSalesChannels({ name: "Matrix channel" });
      const storefront = { "x-publishable-api-key": await createPublishableKey(api, [channel.id]) };
      headers.publishableKey = storefront;
      headers.keyWithoutChannel = { "x-publishable-api-key": await createPublishableKey(api, []) };
      const customer = await createCustomerAccount(api, "matrix-customer@example.com", "matrix password");
      const other = await createCustomerAccount(api, "matrix-other@example.com", "matrix password");
      // Customers shop on a storefront: they send its key with their token.
      headers.customer = { ...storefront, ...bearer(customer.token) };
      headers.otherCustomer = { ...storefront, ...bearer(other.token) };
      headers.registeringUser = bearer(
        await registerIdentity(api, "user", "matrix-new-user@example.com", "matrix password"),
      );
      headers.registeringCustomer = bearer(
        await registerIdentity(api, "customer", "matrix-new-customer@example.com", "matrix password"),
      );
      await getContainer()
        .resolve("customer")
        .addAddress(customer.customerId, { address_1: "Home street 1", country_code: "se" });
      ids = await seedAccessRecords(getContainer(), {
        customerId: customer.customerId,
        otherCustomerId: other.customerId,
        channelId: channel.id,
      });
    });

    it("answers currentCustomer { groups } with the customer's own groups, not FORBIDDEN and a null answer", async () => {
      const res = await api
        .as(headers.customer)
        .graphql<
          { currentCustomer: { email: string; groups: { id: string; name: string; customers: null }[] } },
          Record<string, never>
        >("{ currentCustomer { email groups { id name customers { id } } } }", {});
      expect(res.data?.currentCustomer).toEqual({
        email: "matrix-customer@example.com",
        groups: [{ id: ids["CustomerGroup.own"], name: "Matrix VIP", customers: null }],
      });
      // The group's other members are admin data: FORBIDDEN there, and only there.
      expect(res.errors?.map((e) => [e.extensions?.code, e.path?.join(".")])).toEqual([
        ["FORBIDDEN", "currentCustomer.groups.0.customers"],
      ]);
      expect(
        (
          await api
            .as(headers.otherCustomer)
            .graphql<{ currentCustomer: { groups: unknown[] } }, Record<string, never>>(
              "{ currentCustomer { groups { id } } }",
              {},
            )
        ).data?.currentCustomer.groups,
      ).toEqual([]);
    });

    it("answers node(id:) of an invite to admins, and null (not INTERNAL) to a storefront", async () => {
      const id = ids["Invite.pending"] ?? "";
      const admin = await api
        .as(headers.adminUser)
        .graphql<{ node: { __typename: string; email: string } }, { id: string }>(
          "query($id: ID!) { node(id: $id) { __typename ... on Invite { email } } }",
          { id },
        );
      expect(admin.data?.node).toEqual({ __typename: "Invite", email: "matrix-invitee@example.com" });
      const storefront = await api
        .as(headers.publishableKey)
        .graphql("query($id: ID!) { node(id: $id) { id } }", { id });
      expect(storefront.errors).toBeUndefined();
      expect((storefront.data as { node: unknown } | undefined)?.node).toBeNull();
    });

    it("documents every root field of the live schema, and nothing else", () => {
      const live = rootFields(getApp().schema)
        .map((f) => f.key)
        .sort();
      expect(
        rootFields(sdl)
          .map((f) => f.key)
          .sort(),
      ).toEqual(live);
      expect(live.filter((key) => !(key in accessTable))).toEqual([]);
      expect(Object.keys(accessTable).filter((key) => !live.includes(key))).toEqual([]);
    });

    describe.each(rootFields(sdl))("$key", ({ key, operation, field }) => {
      const allowed = accessTable[key];
      it(`is open to exactly: ${allowed?.join(", ") || "nobody"}`, async () => {
        if (!allowed) throw new Error(`${key} has no entry in test/access-table.ts`);
        const { query, variables } = operationFor(operation, field);
        for (const caller of callers) {
          const res = await api.as(headers[caller]).graphql(query, variables);
          const denial = res.errors?.find(
            (e) => e.path?.[0] === field.name && Object.values(accessDeniedMessages).includes(e.message as never),
          );
          const expected = allowed.includes(caller);
          expect({ caller, allowed: !denial }).toEqual({ caller, allowed: expected });
          if (denial)
            expect({ caller, code: denial.extensions?.code }).toEqual({
              caller,
              code: caller === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN",
            });
          const unexpected = res.errors?.find(
            (e) => e.extensions?.code === "INTERNAL" || e.extensions?.code === "GRAPHQL_VALIDATION_FAILED",
          );
          expect({ caller, unexpected: unexpected?.message }).toEqual({ caller, unexpected: undefined });
        }
      });
    });

    const nodeTypes = Object.values(sdl.getTypeMap())
      .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === "Node"))
      .map((t) => t.name)
      .sort();

    describe.each(nodeTypes)("node(id:) of a %s", (typeName) => {
      it("answers the record to the callers of test/access-table.ts's nodeAccess, null to others (node and nodes), as for an unknown id", async () => {
        const records = nodeAccess[typeName];
        if (!records) throw new Error(`${typeName} has no entry in nodeAccess (test/access-table.ts)`);
        const mayCallNode = accessTable["Query.node"] ?? [];
        for (const [variant, readers] of Object.entries(records)) {
          const id = ids[`${typeName}.${variant}`];
          if (!id) throw new Error(`test/access-seed.ts seeds no ${typeName}.${variant}`);
          for (const caller of callers) {
            const one = await api
              .as(headers[caller])
              .graphql<{ node: { id: string } | null }, { id: string }>(
                "query($id: ID!) { node(id: $id) { id __typename } }",
                { id },
              );
            const many = await api
              .as(headers[caller])
              .graphql<{ nodes: ({ id: string } | null)[] }, { ids: string[] }>(
                "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                { ids: [id] },
              );
            const seen = {
              caller,
              variant,
              // A refusal nulls the field too: the error's code is what the caller sees.
              node: one.errors?.[0]?.extensions?.code ?? one.data?.node?.id ?? null,
              nodes: many.data?.nodes ?? many.errors?.[0]?.extensions?.code,
            };
            const denied = caller === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
            const want = readers.includes(caller)
              ? { node: id, nodes: [{ id }] }
              : mayCallNode.includes(caller)
                ? { node: null, nodes: [null] }
                : { node: denied, nodes: denied };
            expect(seen).toEqual({ caller, variant, ...want });
            if (want.node !== null) continue;
            // An unreadable record and an id nobody holds must be indistinguishable to an attacker.
            const unknownId = `${id.slice(0, -6)}0ZZZZZ`;
            const unknown = await api
              .as(headers[caller])
              .graphql("query($id: ID!) { node(id: $id) { id __typename } }", { id: unknownId });
            expect({ caller, answer: one }).toEqual({ caller, answer: unknown });
          }
        }
      });
    });

    it("has a nodeAccess entry for every Node type, and a storefrontFields entry with every field for each type the storefront reaches", () => {
      expect(nodeTypes.filter((name) => !nodeAccess[name])).toEqual([]);
      const missing = [...walk.keys()].flatMap((typeName) => {
        const type = sdl.getType(typeName);
        const rule = storefrontFields[typeName];
        if (!rule) return [typeName];
        const listed = [...fieldNames(rule.store), ...fieldNames(rule.admin)];
        return isObjectType(type)
          ? Object.keys(type.getFields())
              .filter((f) => !listed.includes(f))
              .map((f) => `${typeName}.${f}`)
          : [];
      });
      expect(missing).toEqual([]);
    });

    describe.each([...walk.keys()].sort())("the storefront reaching %s", (typeName) => {
      it("reads its store fields, and its admin fields only as admin (FORBIDDEN and null otherwise)", async () => {
        const type = sdl.getType(typeName);
        const rule = storefrontFields[typeName];
        if (!isObjectType(type) || !rule)
          throw new Error(`${typeName} has no entry in storefrontFields (test/access-table.ts)`);
        const steps = walk.get(typeName) ?? [];
        const args = walkArgs(ids);
        for (const caller of walkers) {
          if (!(accessTable[`Query.${steps[0]?.field}`] ?? []).includes(caller)) continue;
          for (const name of [...fieldNames(rule.store), ...fieldNames(rule.admin)]) {
            const field = type.getFields()[name];
            if (!field) throw new Error(`${typeName}.${name} is not in the schema`);
            if (field.args.some((a) => isNonNullType(a.type)) && !args[`${typeName}.${name}`])
              throw new Error(`${typeName}.${name} needs arguments in walkArgs`);
            const res = await api.as(headers[caller]).graphql(walkQuery(steps, field, typeName, args));
            const keys = steps.map((s) => s.field);
            expect({ caller, path: keys.join("."), parent: valueAt(res.data, keys) != null }).toEqual({
              caller,
              path: keys.join("."),
              parent: true,
            });
            const adminOnly = fieldNames(rule.admin).includes(name) && !["adminUser", "secretKey"].includes(caller);
            const denial = res.errors?.find((e) =>
              ["FORBIDDEN", "UNAUTHENTICATED"].includes(String(e.extensions?.code)),
            );
            const internal = res.errors?.find(
              (e) => e.extensions?.code === "INTERNAL" || e.extensions?.code === "GRAPHQL_VALIDATION_FAILED",
            );
            expect({
              caller,
              field: `${typeName}.${name}`,
              denied: denial ? `${denial.extensions?.code} at ${denial.path?.at(-1)}` : null,
              internal: internal?.message,
            }).toEqual({
              caller,
              field: `${typeName}.${name}`,
              denied: adminOnly ? `FORBIDDEN at ${name}` : null,
              internal: undefined,
            });
          }
        }
      });
    });
  },
});
