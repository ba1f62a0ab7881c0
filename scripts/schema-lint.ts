// Fails when a root field, a mutation, an argument of one, or an input field has no description.
// Fields undocumented before this rule are listed in schema/undocumented.txt: that list may only
// shrink (an entry that is now documented, or gone, must be removed), so everything added from
// now on is documented. `--update` rewrites the list after documenting some of it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
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
const listFile = path.join(root, "schema", "undocumented.txt");
const missing = undocumented(schema);
if (process.argv.includes("--update")) {
  writeFileSync(listFile, missing.map((m) => `${m}\n`).join(""));
  console.log(`${missing.length} undocumented fields listed in ${path.relative(root, listFile)}`);
  process.exit(0);
}
const allowed = new Set(existsSync(listFile) ? readFileSync(listFile, "utf8").split("\n").filter(Boolean) : []);
const added = missing.filter((m) => !allowed.has(m));
const stale = [...allowed].filter((m) => !missing.includes(m));
for (const m of added) console.error(`no description: ${m}`);
for (const m of stale) console.error(`documented now (remove it from schema/undocumented.txt): ${m}`);
if (added.length || stale.length) process.exit(1);
console.log(
  `schema lint: every new field is documented (${missing.length} older ones listed in schema/undocumented.txt)`,
);
