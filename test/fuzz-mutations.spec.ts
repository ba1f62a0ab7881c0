import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import { expect, it } from "vitest";
import { integrationTestRunner, type GraphQLResponse } from "../src/framework/test-utils/runners.ts";

// Every mutation of the schema, each argument and each top-level input field, given values a
// careless or hostile client sends. No answer may be INTERNAL, and a refused mutation writes nothing.
const hostile: unknown[] = [
  null,
  12345,
  "not-a-number",
  -1,
  -2147483648,
  1e308,
  "NaN",
  "Infinity",
  true,
  { nested: { deep: [1, 2] } },
  [],
  "nul\u0000byte",
  "lone\uD800surrogate",
  "Ωμέγα 🚀 \u202eevil",
  "x".repeat(200_000),
  "y".repeat(3000),
  "",
];
const casesPerMutation = 6;
// Tables that record attempts (failed workflow runs, undeliverable events, job schedules) rather than data,
// and the queues that earlier, accepted mutations drain in the background (the event outbox, and the
// notifications its subscribers send): their counts move between two snapshots whatever the case did.
const bookkeeping = new Set([
  "workflow_execution",
  "event_failure",
  "scheduled_job",
  "_prisma_migrations",
  "event_outbox",
  "notification",
]);

/** A plausible value of a type, so a mutation's other required fields do not hide the bad one. */
function plausible(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [plausible(nullable.ofType as GraphQLInputType)];
  if (isEnumType(nullable)) return nullable.getValues()[0]?.value;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, plausible(f.type)]),
    );
  }
  if (isScalarType(nullable)) {
    return (
      (
        {
          Int: 1,
          Float: 1.5,
          Boolean: true,
          ID: "prod_01J00000000000000000000000",
          DateTime: "2026-01-01T00:00:00.000Z",
          JSON: {},
        } as Record<string, unknown>
      )[nullable.name] ?? "fuzz"
    );
  }
  return null;
}

/** The cases of one mutation: the argument itself broken, then each input field in turn. */
function casesFor(field: GraphQLField<unknown, unknown>, offset: number): Record<string, unknown>[] {
  const cases: Record<string, unknown>[] = [];
  for (const arg of field.args) {
    const base = Object.fromEntries(field.args.map((a) => [a.name, plausible(a.type)]));
    cases.push({ ...base, [arg.name]: null }, { ...base, [arg.name]: "just a string" });
    const input = getNullableType(arg.type);
    if (!isInputObjectType(input)) {
      cases.push({ ...base, [arg.name]: hostile[offset % hostile.length] });
      continue;
    }
    Object.values(input.getFields()).forEach((inputField, i) => {
      const value = hostile[(offset + i) % hostile.length];
      cases.push({ ...base, [arg.name]: { ...(base[arg.name] as object), [inputField.name]: value } });
    });
  }
  return cases.slice(0, casesPerMutation);
}

function documentFor(field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const payload = getNamedType(field.type);
  const selection =
    isObjectType(payload) && "userErrors" in payload.getFields()
      ? "{ __typename userErrors { code } }"
      : isObjectType(payload)
        ? "{ __typename }"
        : "";
  return `mutation Fuzz${defs ? `(${defs})` : ""} { ${field.name}${args ? `(${args})` : ""} ${selection} }`;
}

integrationTestRunner({
  testSuite: ({ api, getDatabase }) => {
    it("answers every hostile mutation input without INTERNAL and without a partial write", async () => {
      const introspection = await api.graphql<IntrospectionQuery, never>(getIntrospectionQuery());
      const schema: GraphQLSchema = buildClientSchema(introspection.data as IntrospectionQuery);
      const prisma = getDatabase().prisma;
      const tables = (
        await prisma.$queryRawUnsafe<{ tablename: string }[]>(
          `SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
        )
      )
        .map((t) => t.tablename)
        .filter((t) => !bookkeeping.has(t));
      const countAll = `SELECT ${tables.map((t, i) => `(SELECT count(*)::int FROM "${t}") AS c${i}`).join(", ")}`;
      const rowCounts = async () => JSON.stringify(await prisma.$queryRawUnsafe(countAll));

      const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
      expect(mutations.length).toBeGreaterThan(20);
      const internal: string[] = [];
      const partial: string[] = [];
      let sent = 0;
      let counts = await rowCounts();
      for (const [m, field] of mutations.entries()) {
        const document = documentFor(field);
        for (const variables of casesFor(field, m)) {
          const res = (await api.graphql(document, variables)) as GraphQLResponse<
            Record<string, { userErrors?: unknown[] } | null>
          >;
          sent++;
          const label = `${field.name} ${JSON.stringify(variables).slice(0, 160)}`;
          if (res.errors?.some((e) => e.extensions?.code === "INTERNAL")) internal.push(label);
          const refused = (res.errors?.length ?? 0) > 0 || (res.data?.[field.name]?.userErrors?.length ?? 0) > 0;
          const after = await rowCounts();
          if (refused && after !== counts) partial.push(label);
          counts = after;
        }
      }
      expect(sent).toBeGreaterThan(300);
      expect(internal).toEqual([]);
      expect(partial).toEqual([]);
    }, 240_000);
  },
});
