// Fails when a root field, a mutation, an argument of one, or an input field has no description:
// clients read the schema as the API's reference, so everything they can send or ask is explained.
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, type GraphQLSchema, isInputObjectType } from "graphql";
import { currentProject } from "../src/framework/paths.ts";

export function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (!field.description) missing.push(`${root.name}.${field.name}`);
      for (const arg of field.args) if (!arg.description) missing.push(`${root.name}.${field.name}(${arg.name}:)`);
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.description) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing.sort();
}

const root = currentProject().root;
const schema = buildSchema(readFileSync(path.join(root, "schema", "schema.graphql"), "utf8"));
const missing = undocumented(schema);
for (const m of missing) console.error(`no description: ${m}`);
if (missing.length) process.exit(1);
console.log("schema lint: every root field, argument and input field is documented");
