import { Badge, Container, Heading } from "../../sdk/components.tsx";
import { CurrencyDollar } from "../../sdk/icons.tsx";
import { mutate, useQuery } from "../api/hooks.ts";
import { graphql } from "../generated/gql/gql.ts";
import { formatAmount } from "../pages/product-detail.tsx";
import { defineResource } from "./define.tsx";
import { ResourceForm, select } from "./resource-form.tsx";
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
      prices { id amount currencyCode priceSetId title minQuantity maxQuantity rules { attribute value } }
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

const Delete = graphql(`
  mutation AdminDeletePriceList($input: IdempotentDeleteInput!) {
    deletePriceList(input: $input) {
      deletedId
      userErrors { field message code }
    }
  }
`);

const Variants = graphql(`
  query AdminPriceListVariants {
    productVariants(first: 250) { edges { node { id title sku product { title } priceSet { id } } } }
  }
`);

/** The variants that have a price set, as choices by price set: "Browser Tee · S (BT-S)". */
function useVariantChoices() {
  const { data } = useQuery(Variants, {});
  return (
    data?.productVariants.edges.flatMap(({ node: v }) =>
      v.priceSet
        ? [{ value: v.priceSet.id, label: `${v.product.title} · ${v.title}${v.sku ? ` (${v.sku})` : ""}` }]
        : [],
    ) ?? []
  );
}

type ListPrice = {
  id: string;
  amount: string;
  currencyCode: string;
  priceSetId: string;
  title?: string | null;
  minQuantity?: number | null;
  maxQuantity?: number | null;
  rules: readonly { attribute: string; value: string }[];
};

/** A price as it stands, as the update's input (the update replaces the list's prices). */
const asInput = (p: ListPrice) => ({
  priceSetId: p.priceSetId,
  price: {
    amount: p.amount,
    currencyCode: p.currencyCode,
    title: p.title ?? null,
    minQuantity: p.minQuantity ?? null,
    maxQuantity: p.maxQuantity ?? null,
    rules: p.rules.map(({ attribute, value }) => ({ attribute, value })),
  },
});

const whole = (values: Values, name: string) => (text(values, name) ? Number(text(values, name)) : null);

/** The list's prices, per variant, and a form that adds one. */
function Prices({
  record,
  refetch,
}: {
  record: { id: string; prices: readonly ListPrice[] };
  refetch: () => Promise<void>;
}) {
  const variants = new Map(useVariantChoices().map((c) => [c.value, c.label]));
  return (
    <Container>
      <Heading level="h2">Prices</Heading>
      {record.prices.length ? (
        <table aria-label="Prices">
          <thead>
            <tr>
              <th scope="col">Variant</th>
              <th scope="col">Amount</th>
              <th scope="col">Quantity</th>
            </tr>
          </thead>
          <tbody>
            {record.prices.map((p) => (
              <tr key={p.id}>
                <td>{variants.get(p.priceSetId) ?? <code>{p.priceSetId}</code>}</td>
                <td>
                  {formatAmount(p.amount)} {p.currencyCode.toUpperCase()}
                </td>
                <td>{p.minQuantity || p.maxQuantity ? `${p.minQuantity ?? 1}–${p.maxQuantity ?? "∞"}` : "any"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No prices yet.</p>
      )}
      <Heading level="h3" className="section-gap">
        Add a price
      </Heading>
      <ResourceForm
        className="form form-row"
        fields={[
          { name: "priceSetId", label: "Variant", useOptions: useVariantChoices, emptyLabel: "Choose a variant…" },
          { name: "currencyCode", label: "Currency", required: true, hint: "e.g. eur" },
          { name: "amount", label: "Amount", required: true },
          { name: "minQuantity", label: "From quantity", kind: "number" },
        ]}
        initial={{ priceSetId: "", currencyCode: "", amount: "", minQuantity: "" }}
        submitLabel="Add price"
        resetOnSave
        onSubmit={async (v) => {
          const added = {
            priceSetId: text(v, "priceSetId"),
            price: {
              amount: text(v, "amount"),
              currencyCode: text(v, "currencyCode").toLowerCase(),
              minQuantity: whole(v, "minQuantity"),
            },
          };
          const { updatePriceList: r } = await mutate(Update, {
            input: { id: record.id, prices: [...record.prices.map(asInput), added], idempotencyKey: onceKey() },
          });
          // The new price is the last of the input's list: its errors name the form's fields.
          const last = String(record.prices.length);
          const userErrors = r.userErrors.map((e) =>
            e.field?.includes("prices") && !e.field.includes(last) ? { ...e, field: null } : e,
          );
          return saved(r.priceList, userErrors);
        }}
        onSaved={() => void refetch()}
      />
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
  remove: async (id) => (await mutate(Delete, { input: { id, idempotencyKey: onceKey() } })).deletePriceList.userErrors,
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
    Extra: Prices,
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
