import { builder } from "./builder.ts";

builder.queryType({ description: "Reads: storefront and admin." });
builder.mutationType({ description: "Writes: each runs a workflow and returns a payload with userErrors." });

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description: "How many records match, across all pages.",
    resolve: ({ totalCount }) => (typeof totalCount === "function" ? totalCount() : totalCount),
  }),
);

builder.subscriptionType({
  description: "Live streams over graphql-ws on /graphql: domain events and workflow progress.",
});
