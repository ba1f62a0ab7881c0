// The hello module's part of the schema: my_custom records, so the seed's Query examples
// (query.graph({ entity: "my_custom" })) and the product link read them.
import { access } from "../../../../../../src/framework/graphql/auth-scopes.ts";
import { builder } from "../../../../../../src/framework/graphql/builder.ts";
import {
  IDFilter,
  StringFilter,
  toServiceFilters,
  combinators,
  columnFilters,
} from "../../../../../../src/framework/graphql/filters.ts";
import { rootList } from "../../../../../../src/framework/graphql/root-list.ts";
import { sortInput } from "../../../../../../src/framework/graphql/sort.ts";
import { MyCustom } from "../models.ts";
import {
  linkFilterFields,
  linkFilterRelations,
  linkSortColumns,
  registerModelFilter,
} from "../../../../../../src/framework/links/graphql-filters.ts";

export const MyCustomRef = builder.prismaNode("MyCustom", {
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    name: t.exposeString("name"),
    age: t.exposeInt("age", { nullable: true }),
    hasAccount: t.exposeBoolean("has_account"),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
  }),
});

type Ops = {
  eq?: string | null;
  ne?: string | null;
  in?: string[] | null;
  nin?: string[] | null;
  like?: string | null;
  ilike?: string | null;
} | null;
interface MyCustomFilterShape {
  id?: Ops;
  name?: Ops;
  and?: MyCustomFilterShape[] | null;
  or?: MyCustomFilterShape[] | null;
  not?: MyCustomFilterShape | null;
  [link: string]: unknown;
}
const MyCustomFilter = builder.inputRef<MyCustomFilterShape>("MyCustomFilter").implement({
  fields: (t) => ({
    ...columnFilters(t, "my customs", { id: IDFilter, name: StringFilter }),
    ...combinators(t, MyCustomFilter),
    ...linkFilterFields("MyCustom", t),
  }),
});
const myCustomFilters = (input: MyCustomFilterShape | null | undefined) =>
  toServiceFilters(input, { columns: { id: "id", name: "name" }, relations: linkFilterRelations("MyCustom") });
registerModelFilter("MyCustom", MyCustomFilter, myCustomFilters);
const myCustomSort = sortInput("MyCustom", {
  NAME: "name",
  AGE: "age",
  CREATED_AT: "created_at",
  ...linkSortColumns("MyCustom"),
});

builder.queryFields((t) => ({
  myCustoms: rootList(t, {
    type: MyCustomRef,
    model: MyCustom,
    module: "helloModuleService",
    authScopes: access.admin,
    args: {
      filter: t.arg({ type: MyCustomFilter }),
      search: t.arg.string(),
      sort: t.arg({ type: [myCustomSort.input] }),
    },
    filters: (args) => ({ ...myCustomFilters(args.filter), q: args.search ?? undefined }),
    order: (args) => myCustomSort.toOrder(args.sort),
  }),
}));
