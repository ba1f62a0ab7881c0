import { Link } from "react-router-dom";
import { Container, Heading } from "../../sdk/components.tsx";
import { ReceiptPercent } from "../../sdk/icons.tsx";
import { mutate } from "../api/hooks.ts";
import { graphql } from "../generated/gql/gql.ts";
import { defineResource } from "./define.tsx";
import { type FieldSpec, ResourceForm } from "./resource-form.tsx";
import { flag, onceKey, optional, saved, text } from "./values.ts";

const List = graphql(`
  query AdminTaxRegions($search: String, $first: Int, $after: String) {
    taxRegions(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id countryCode provinceCode parent { id } taxRates { id name rate isDefault } } }
    }
  }
`);

const Detail = graphql(`
  query AdminTaxRegion($id: ID!) {
    taxRegion(id: $id) {
      id
      countryCode
      provinceCode
      providerId
      parent { id countryCode }
      children { id provinceCode }
      taxRates { id name code rate isDefault isCombinable }
    }
  }
`);

const Create = graphql(`
  mutation AdminCreateTaxRegion($input: CreateTaxRegionInput!) {
    createTaxRegion(input: $input) {
      taxRegion { id }
      userErrors { field message code }
    }
  }
`);

const CreateRate = graphql(`
  mutation AdminCreateTaxRate($input: CreateTaxRateInput!) {
    createTaxRate(input: $input) {
      taxRate { id }
      userErrors { field message code }
    }
  }
`);

type Rate = { id: string; name: string; code?: string; rate?: string | null; isDefault: boolean };

const place = (r: { countryCode: string; provinceCode?: string | null }) =>
  [r.countryCode.toUpperCase(), r.provinceCode?.toUpperCase()].filter(Boolean).join(" – ");

const defaultRate = (rates: readonly Rate[]) => {
  const rate = rates.find((r) => r.isDefault);
  return rate ? `${rate.rate ?? "0"}% (${rate.name})` : "—";
};

const rateFields: FieldSpec[] = [
  { name: "name", label: "Rate name", required: true },
  { name: "code", label: "Rate code", required: true },
  { name: "rate", label: "Rate (%)", hint: "A percentage, e.g. 19" },
  { name: "isDefault", label: "Default rate of the region", kind: "checkbox" },
];

/** The region's rates, and a form that adds one. */
function Rates({
  record,
  refetch,
}: {
  record: { id: string; taxRates: readonly Rate[] };
  refetch: () => Promise<void>;
}) {
  return (
    <Container>
      <Heading level="h2">Tax rates</Heading>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Code</th>
            <th scope="col">Rate</th>
            <th scope="col">Default</th>
          </tr>
        </thead>
        <tbody>
          {record.taxRates.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              <td>{r.code}</td>
              <td>{r.rate ?? "0"}%</td>
              <td>{r.isDefault ? "yes" : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Heading level="h3" className="section-gap">
        Add a tax rate
      </Heading>
      <ResourceForm
        className="form form-row"
        fields={rateFields}
        initial={{ name: "", code: "", rate: "", isDefault: false }}
        submitLabel="Add rate"
        resetOnSave
        onSubmit={async (v) => {
          const { createTaxRate: r } = await mutate(CreateRate, {
            input: {
              taxRegionId: record.id,
              name: text(v, "name"),
              code: text(v, "code"),
              rate: optional(v, "rate"),
              isDefault: flag(v, "isDefault"),
              idempotencyKey: onceKey(),
            },
          });
          return saved(r.taxRate, r.userErrors);
        }}
        onSaved={() => void refetch()}
      />
    </Container>
  );
}

const Delete = graphql(`
  mutation AdminDeleteTaxRegion($input: IdempotentDeleteInput!) {
    deleteTaxRegion(input: $input) {
      deletedId
      userErrors { field message code }
    }
  }
`);

export const taxRegions = defineResource({
  path: "tax-regions",
  title: "Tax regions",
  singular: "tax region",
  zone: "tax",
  icon: ReceiptPercent,
  section: "Store",
  remove: async (id) => (await mutate(Delete, { input: { id, idempotencyKey: onceKey() } })).deleteTaxRegion.userErrors,
  list: {
    query: List,
    pick: (d) => d.taxRegions,
    columns: [
      { header: "Region", cell: (r) => place(r) },
      { header: "Default rate", cell: (r) => defaultRate(r.taxRates) },
      { header: "Rates", cell: (r) => r.taxRates.length },
      { header: "Kind", cell: (r) => (r.parent ? "province" : "country") },
    ],
  },
  detail: {
    query: Detail,
    pick: (d) => d.taxRegion,
    heading: (r) => `Taxes in ${place(r)}`,
    properties: [
      { label: "Default rate", value: (r) => defaultRate(r.taxRates) },
      {
        label: "Part of",
        value: (r) =>
          r.parent ? <Link to={`/tax-regions/${encodeURIComponent(r.parent.id)}`}>{place(r.parent)}</Link> : "—",
      },
      {
        label: "Provinces",
        value: (r) => r.children.map((c) => c.provinceCode?.toUpperCase()).join(", ") || "—",
      },
      { label: "Tax provider", value: (r) => r.providerId ?? "system" },
    ],
    Extra: ({ record, refetch }) => <Rates record={record} refetch={refetch} />,
  },
  form: {
    fields: [
      { name: "countryCode", label: "Country code", required: true, hint: "ISO 3166, e.g. de" },
      { name: "provinceCode", label: "Province code", hint: "Empty for the whole country" },
      { name: "rateName", label: "Default rate name" },
      { name: "rateCode", label: "Default rate code" },
      { name: "rate", label: "Default rate (%)" },
    ],
    blank: { countryCode: "", provinceCode: "", rateName: "", rateCode: "", rate: "" },
    create: async (v) => {
      const rateName = optional(v, "rateName");
      const { createTaxRegion: r } = await mutate(Create, {
        input: {
          countryCode: text(v, "countryCode").toLowerCase(),
          provinceCode: optional(v, "provinceCode")?.toLowerCase() ?? null,
          defaultTaxRate: rateName
            ? { name: rateName, code: text(v, "rateCode") || rateName, rate: optional(v, "rate") }
            : null,
          idempotencyKey: onceKey(),
        },
      });
      return saved(r.taxRegion, r.userErrors);
    },
  },
});
