import { readFileSync } from "node:fs";
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { accessDeniedMessages } from "../src/framework/graphql/auth-scopes.ts";
import { bearer, createAdminUser, createCustomerAccount, createPublishableKey, registerIdentity } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { callers, type Caller } from "./access-table.ts";

function rootFields(schema: GraphQLSchema): { operation: "query" | "mutation"; key: string; field: GraphQLField<unknown, unknown> }[] {
  return (["Query", "Mutation"] as const).flatMap((typeName) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return [];
    return Object.values(type.getFields()).map((field) => ({ operation: typeName === "Query" ? "query" as const : "mutation" as const, key: `${typeName}.${field.name}`, field }));
  });
}

/** A value GraphQL accepts for the type: required input fields only, ids that match nothing. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  }
  if (isScalarType(type)) {
    // A well-formed id of a real type (prod_…) that matches no row: id parsing passes, lookups find nothing.
    return ({ ID: "prod_00000000000000000000000000", String: "access-matrix", Int: 1, Float: 1, Boolean: false, DateTime: "2020-01-01T00:00:00Z", JSON: {} } as Record<string, unknown>)[type.name] ?? "x";
  }
  return null;
}

/** One operation calling the field with sample required arguments and selecting only __typename. */
function operationFor(operation: string, field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const declarations = required.map((a, i) => `$a${i}: ${String(a.type)}`).join(", ");
  const args = required.map((a, i) => `${a.name}: $a${i}`).join(", ");
  const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? "" : " { __typename }";
  return {
    query: `${operation} Access${declarations ? `(${declarations})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`,
    variables: Object.fromEntries(required.map((a, i) => [`a${i}`, sample(a.type)])),
  };
}

/**
 * Calls root fields of a project's schema as every caller and checks who gets through against
 * `accessTable`; fails on a root field missing from the table, or listed but not in the schema.
 * `sdlFile` is the committed SDL (CI keeps it equal to the code); the live schema must match it.
 * `calls` picks the fields to call (default: all).
 */
export function accessMatrix(options: {
  project?: string;
  sdlFile: string;
  accessTable: Record<string, readonly Caller[]>;
  calls?: (key: string) => boolean;
}): void {
  const { accessTable } = options;
  const sdl = buildSchema(readFileSync(options.sdlFile, "utf8"));
  integrationTestRunner({
    project: options.project,
    testSuite: ({ api, getApp }) => {
      const headers = {} as Record<Caller, Record<string, string>>;
      beforeAll(async () => {
        headers.anonymous = {};
        const key = await api.graphql<{ createApiKey: { token: string } }, { input: unknown }>("mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }", { input: { title: "matrix", type: "SECRET" } });
        headers.secretKey = { authorization: `Basic ${Buffer.from(`${key.data?.createApiKey.token ?? ""}:`).toString("base64")}` };
        headers.adminUser = bearer((await createAdminUser(api, "matrix-admin@example.com", "matrix password")).token);
        headers.customer = bearer((await createCustomerAccount(api, "matrix-customer@example.com", "matrix password")).token);
        headers.publishableKey = { "x-publishable-api-key": await createPublishableKey(api) };
        headers.registeringUser = bearer(await registerIdentity(api, "user", "matrix-new-user@example.com", "matrix password"));
        headers.registeringCustomer = bearer(await registerIdentity(api, "customer", "matrix-new-customer@example.com", "matrix password"));
      });

      it("documents every root field of the live schema, and nothing else", () => {
        const live = rootFields(getApp().schema).map((f) => f.key).sort();
        expect(rootFields(sdl).map((f) => f.key).sort()).toEqual(live);
        expect(live.filter((key) => !(key in accessTable))).toEqual([]);
        expect(Object.keys(accessTable).filter((key) => !live.includes(key))).toEqual([]);
      });

      describe.each(rootFields(sdl).filter((f) => options.calls?.(f.key) ?? true))("$key", ({ key, operation, field }) => {
        const allowed = accessTable[key];
        it(`is open to exactly: ${allowed?.join(", ") || "nobody"}`, async () => {
          if (!allowed) throw new Error(`${key} has no entry in test/access-table.ts`);
          const { query, variables } = operationFor(operation, field);
          for (const caller of callers) {
            const res = await api.as(headers[caller]).graphql(query, variables);
            const denial = res.errors?.find((e) => e.path?.[0] === field.name && Object.values(accessDeniedMessages).includes(e.message as never));
            const expected = allowed.includes(caller);
            expect({ caller, allowed: !denial }).toEqual({ caller, allowed: expected });
            if (denial) expect({ caller, code: denial.extensions?.code }).toEqual({ caller, code: caller === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN" });
            const unexpected = res.errors?.find((e) => e.extensions?.code === "INTERNAL" || e.extensions?.code === "GRAPHQL_VALIDATION_FAILED");
            expect({ caller, unexpected: unexpected?.message }).toEqual({ caller, unexpected: undefined });
          }
        });
      });
    },
  });
}
