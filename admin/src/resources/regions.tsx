import { Globe } from "../../sdk/icons.tsx";
import { mutate } from "../api/hooks.ts";
import { graphql } from "../generated/gql/gql.ts";
import { defineResource } from "./define.tsx";
import { flag, onceKey, saved, text, type Values, when } from "./values.ts";

const List = graphql(`
  query AdminRegions($search: String, $first: Int, $after: String) {
    regions(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name currencyCode countries isTaxInclusive } }
    }
  }
`);

const Detail = graphql(`
  query AdminRegion($id: ID!) {
    region(id: $id) { id name currencyCode countries isTaxInclusive automaticTaxes createdAt }
  }
`);

const Create = graphql(`
  mutation AdminCreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) {
      region { id }
      userErrors { field message code }
    }
  }
`);

const Update = graphql(`
  mutation AdminUpdateRegion($input: UpdateRegionInput!) {
    updateRegion(input: $input) {
      region { id }
      userErrors { field message code }
    }
  }
`);

/** "de, FR at" → ["de", "fr", "at"]. */
const countryList = (values: Values) =>
  text(values, "countries")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((c) => c.toLowerCase());

const pricing = (r: { isTaxInclusive: boolean }) => (r.isTaxInclusive ? "tax included" : "before tax");

const Delete = graphql(`
  mutation AdminDeleteRegion($input: IdempotentDeleteInput!) {
    deleteRegion(input: $input) {
      deletedId
      userErrors { field message code }
    }
  }
`);

export const regions = defineResource({
  path: "regions",
  title: "Regions",
  singular: "region",
  zone: "region",
  icon: Globe,
  section: "Store",
  remove: async (id) => (await mutate(Delete, { input: { id, idempotencyKey: onceKey() } })).deleteRegion.userErrors,
  list: {
    query: List,
    pick: (d) => d.regions,
    columns: [
      { header: "Name", cell: (r) => r.name },
      { header: "Currency", cell: (r) => r.currencyCode.toUpperCase() },
      { header: "Countries", cell: (r) => r.countries.join(", ").toUpperCase() },
      { header: "Prices", cell: pricing },
    ],
  },
  detail: {
    query: Detail,
    pick: (d) => d.region,
    heading: (r) => r.name,
    properties: [
      { label: "Currency", value: (r) => r.currencyCode.toUpperCase() },
      { label: "Countries", value: (r) => r.countries.join(", ").toUpperCase() || "—" },
      { label: "Prices", value: pricing },
      { label: "Automatic taxes", value: (r) => (r.automaticTaxes ? "yes" : "no") },
      { label: "Created", value: (r) => when(r.createdAt) },
    ],
  },
  form: {
    fields: [
      { name: "name", label: "Name", required: true },
      { name: "currencyCode", label: "Currency code", required: true, hint: "ISO 4217, e.g. eur" },
      { name: "countries", label: "Countries", hint: "ISO 3166 codes separated by commas, e.g. de, fr" },
      { name: "isTaxInclusive", label: "Prices include tax", kind: "checkbox" },
      { name: "automaticTaxes", label: "Calculate taxes automatically", kind: "checkbox" },
    ],
    blank: { name: "", currencyCode: "", countries: "", isTaxInclusive: false, automaticTaxes: true },
    values: (r) => ({
      name: r.name,
      currencyCode: r.currencyCode,
      countries: r.countries.join(", "),
      isTaxInclusive: r.isTaxInclusive,
      automaticTaxes: r.automaticTaxes,
    }),
    create: async (v) => {
      const { createRegion: r } = await mutate(Create, {
        input: {
          name: text(v, "name"),
          currencyCode: text(v, "currencyCode").toLowerCase(),
          countries: countryList(v),
          isTaxInclusive: flag(v, "isTaxInclusive"),
          automaticTaxes: flag(v, "automaticTaxes"),
          idempotencyKey: onceKey(),
        },
      });
      return saved(r.region, r.userErrors);
    },
    update: async (id, v) => {
      const { updateRegion: r } = await mutate(Update, {
        input: {
          id,
          name: text(v, "name"),
          currencyCode: text(v, "currencyCode").toLowerCase(),
          countries: countryList(v),
          isTaxInclusive: flag(v, "isTaxInclusive"),
          automaticTaxes: flag(v, "automaticTaxes"),
        },
      });
      return saved(r.region, r.userErrors);
    },
  },
});
