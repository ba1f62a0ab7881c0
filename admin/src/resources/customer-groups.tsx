import { Container, Heading } from "../../sdk/components.tsx";
import { UserGroup } from "../../sdk/icons.tsx";
import { mutate, useQuery } from "../api/hooks.ts";
import { graphql } from "../generated/gql/gql.ts";
import { defineResource } from "./define.tsx";
import { ResourceForm } from "./resource-form.tsx";
import { onceKey, saved, text, when } from "./values.ts";

const List = graphql(`
  query AdminCustomerGroups($search: String, $first: Int, $after: String) {
    customerGroups(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name createdAt customers { id } } }
    }
  }
`);

// No root field reads one group: node(id) does.
const Detail = graphql(`
  query AdminCustomerGroup($id: ID!) {
    node(id: $id) {
      __typename
      ... on CustomerGroup {
        id
        name
        createdAt
        customers { id email firstName lastName }
      }
    }
  }
`);

const CustomerChoices = graphql(`
  query AdminCustomerChoices {
    customers(first: 200) { edges { node { id email } } }
  }
`);

const Create = graphql(`
  mutation AdminCreateCustomerGroup($input: CreateCustomerGroupInput!) {
    createCustomerGroup(input: $input) {
      customerGroup { id }
      userErrors { field message code }
    }
  }
`);

const AddCustomers = graphql(`
  mutation AdminAddCustomersToGroup($input: AddCustomersToGroupInput!) {
    addCustomersToGroup(input: $input) {
      customerGroup { id }
      userErrors { field message code }
    }
  }
`);

function useCustomerChoices() {
  const { data } = useQuery(CustomerChoices, {});
  return data?.customers.edges.map(({ node }) => ({ value: node.id, label: node.email })) ?? [];
}

type Member = { id: string; email: string; firstName?: string | null; lastName?: string | null };

/** The group's customers, and a form that adds one. */
function Members({
  record,
  refetch,
}: {
  record: { id: string; customers?: readonly Member[] | null };
  refetch: () => Promise<void>;
}) {
  const members = record.customers ?? [];
  return (
    <Container>
      <Heading level="h2">Customers</Heading>
      <ul className="plain-list" aria-label="Customers in the group">
        {members.map((c) => (
          <li key={c.id}>
            {c.email} {[c.firstName, c.lastName].filter(Boolean).join(" ")}
          </li>
        ))}
        {!members.length && <li className="muted">No customers yet.</li>}
      </ul>
      <ResourceForm
        className="form form-row"
        fields={[
          {
            name: "customerId",
            label: "Add customer",
            useOptions: useCustomerChoices,
            emptyLabel: "Choose a customer…",
          },
        ]}
        initial={{ customerId: "" }}
        submitLabel="Add to group"
        resetOnSave
        onSubmit={async (v) => {
          const { addCustomersToGroup: r } = await mutate(AddCustomers, {
            input: { groupId: record.id, customerIds: [text(v, "customerId")], idempotencyKey: onceKey() },
          });
          return saved(r.customerGroup, r.userErrors);
        }}
        onSaved={() => void refetch()}
      />
    </Container>
  );
}

export const customerGroups = defineResource({
  path: "customer-groups",
  title: "Customer groups",
  singular: "customer group",
  zone: "customer_group",
  icon: UserGroup,
  section: "Customers",
  list: {
    query: List,
    pick: (d) => d.customerGroups,
    columns: [
      { header: "Name", cell: (g) => g.name },
      { header: "Customers", cell: (g) => g.customers?.length ?? 0 },
      { header: "Created", cell: (g) => when(g.createdAt) },
    ],
  },
  detail: {
    query: Detail,
    pick: (d) => (d.node?.__typename === "CustomerGroup" ? d.node : null),
    heading: (g) => g.name,
    properties: [
      { label: "Customers", value: (g) => g.customers?.length ?? 0 },
      { label: "Created", value: (g) => when(g.createdAt) },
    ],
    Extra: Members,
  },
  form: {
    fields: [{ name: "name", label: "Name", required: true }],
    blank: { name: "" },
    create: async (v) => {
      const { createCustomerGroup: r } = await mutate(Create, {
        input: { name: text(v, "name"), idempotencyKey: onceKey() },
      });
      return saved(r.customerGroup, r.userErrors);
    },
  },
});
