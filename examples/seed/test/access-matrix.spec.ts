import path from "node:path";
import { projectPaths } from "../../../src/framework/paths.ts";
import { accessMatrix } from "../../../test/access-matrix-suite.ts";
import { accessTable, admin, store } from "../../../test/access-table.ts";

// The example project's root fields, on top of the product's (whose callers test/access-matrix.spec.ts checks).
const exampleAccess = {
  "Query.brand": store,
  "Query.brands": store,
  "Query.myCustoms": admin,
  "Query.productBrandLinks": admin,
  "Query.productMyCustomLinks": admin,
  "Mutation.createBrand": admin,
  "Mutation.updateBrand": admin,
  "Mutation.deleteBrand": admin,
};

accessMatrix({
  project: "examples/seed",
  sdlFile: path.join(projectPaths("examples/seed").root, "schema", "schema.graphql"),
  accessTable: { ...accessTable, ...exampleAccess },
  calls: (key) => key in exampleAccess,
});
