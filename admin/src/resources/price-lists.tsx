import { Badge, Container, Heading } from "../../sdk/components.tsx";
import { CurrencyDollar } from "../../sdk/icons.tsx";
import { mutate } from "../api/hooks.ts";
import { graphql } from "../generated/gql/gql.ts";
import { formatAmount } from "../pages/product-detail.tsx";
import { defineResource } from "./define.tsx";
import { select } from "./resource-form.tsx";
import { instant, localDateTime, onceKey, saved, text, type Values, when } from "./values.ts";

const List = graphql(`
  query AdminPriceLists($search: String, $first: Int, $after: String) {
    priceLists(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title status type startsAt endsAt prices { id } } }
    }
  }
`);

const Detail = graphql(`
  query AdminPriceList($id: ID!) {
    priceList(id: $id) {
      id
      title
      description
      status
      type
      startsAt
      endsAt
      rules { attribute values }
      prices { id amount currencyCode priceSetId minQuantity maxQuantity }
    }
  }
`);

const Create = graphql(`
  mutation AdminCreatePriceList($input: CreatePriceListInput!) {
    createPriceList(input: $input) {
      priceList { id }
      userErrors { field message code }
    }
  }
`);

const Update = graphql(`
  mutation AdminUpdatePriceList($input: UpdatePriceListInput!) {
    updatePriceList(input: $input) {
      priceList { id }
      userErrors { field message code }
    }
  }
`);

type Status = "ACTIVE" | "DRAFT";
type Kind = "SALE" | "OVERRIDE";

const status = (p: { status: string }) => (
  <Badge color={p.status === "ACTIVE" ? "green" : "grey"}>{p.status.toLowerCase()}</Badge>
);

const common = (v: Values) => ({
  title: text(v, "title"),
  description: text(v, "description"),
  status: text(v, "status") as Status,
  type: text(v, "type") as Kind,
  startsAt: instant(v, "startsAt"),
  endsAt: instant(v, "endsAt"),
});

/** The list's prices: the amounts it sets, per price set (a variant's prices). */
function Prices({
  record,
}: {
  record: { prices: readonly { id: string; amount: string; currencyCode: string; priceSetId: string }[] };
}) {
  return (
    <Container>
      <Heading level="h2">Prices</Heading>
      {record.prices.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Price set</th>
              <th scope="col">Amount</th>
            </tr>
          </thead>
          <tbody>
            {record.prices.map((p) => (
              <tr key={p.id}>
                <td>
                  <code>{p.priceSetId}</code>
                </td>
                <td>
                  {formatAmount(p.amount)} {p.currencyCode.toUpperCase()}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No prices yet.</p>
      )}
    </Container>
  );
}

export const priceLists = defineResource({
  path: "price-lists",
  title: "Price lists",
  singular: "price list",
  zone: "price_list",
  icon: CurrencyDollar,
  section: "Pricing",
  list: {
    query: List,
    pick: (d) => d.priceLists,
    columns: [
      { header: "Title", cell: (p) => p.title },
      { header: "Type", cell: (p) => p.type.toLowerCase() },
      { header: "Status", cell: (p) => status(p) },
      { header: "Prices", cell: (p) => p.prices.length },
      { header: "Ends", cell: (p) => when(p.endsAt) },
    ],
  },
  detail: {
    query: Detail,
    pick: (d) => d.priceList,
    heading: (p) => p.title,
    properties: [
      { label: "Description", value: (p) => p.description || "—" },
      { label: "Type", value: (p) => (p.type === "SALE" ? "sale (shown as a discount)" : "override") },
      { label: "Status", value: (p) => status(p) },
      { label: "Starts", value: (p) => when(p.startsAt) },
      { label: "Ends", value: (p) => when(p.endsAt) },
      {
        label: "Rules",
        value: (p) => p.rules.map((r) => `${r.attribute}: ${r.values.join(", ")}`).join("; ") || "none",
      },
    ],
    Extra: ({ record }) => <Prices record={record} />,
  },
  form: {
    fields: [
      { name: "title", label: "Title", required: true },
      { name: "description", label: "Description", kind: "textarea" },
      select("type", "Type", { SALE: "Sale", OVERRIDE: "Override" }),
      select("status", "Status", { DRAFT: "Draft", ACTIVE: "Active" }),
      { name: "startsAt", label: "Starts at", kind: "datetime-local" },
      { name: "endsAt", label: "Ends at", kind: "datetime-local" },
    ],
    blank: { title: "", description: "", type: "SALE", status: "DRAFT", startsAt: "", endsAt: "" },
    values: (p) => ({
      title: p.title,
      description: p.description,
      type: p.type,
      status: p.status,
      startsAt: localDateTime(p.startsAt),
      endsAt: localDateTime(p.endsAt),
    }),
    create: async (v) => {
      const { createPriceList: r } = await mutate(Create, { input: { ...common(v), idempotencyKey: onceKey() } });
      return saved(r.priceList, r.userErrors);
    },
    update: async (id, v) => {
      const { updatePriceList: r } = await mutate(Update, { input: { id, ...common(v) } });
      return saved(r.priceList, r.userErrors);
    },
  },
});
