import { useState } from "react";
import { Badge, Button, Container, Heading, Text } from "../../sdk/components.tsx";
import { Users } from "../../sdk/icons.tsx";
import { mutate, useQuery } from "../api/hooks.ts";
import { graphql } from "../generated/gql/gql.ts";
import { defineResource } from "./define.tsx";
import { ResourceForm } from "./resource-form.tsx";
import { onceKey, saved, text, when } from "./values.ts";

const List = graphql(`
  query AdminUsers($search: String, $first: Int, $after: String) {
    users(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id email firstName lastName createdAt } }
    }
  }
`);

// No root field reads one user: node(id) does.
const Detail = graphql(`
  query AdminUser($id: ID!) {
    node(id: $id) {
      __typename
      ... on User { id email firstName lastName createdAt }
    }
  }
`);

const Invites = graphql(`
  query AdminInvites {
    invites(accepted: false, first: 100) { edges { node { id email createdAt expiresAt } } }
  }
`);

const CreateInvite = graphql(`
  mutation AdminCreateInvite($input: CreateInviteInput!) {
    createInvite(input: $input) {
      token
      invite { id }
      userErrors { field message code }
    }
  }
`);

const fullName = (u: { firstName?: string | null; lastName?: string | null }) =>
  [u.firstName, u.lastName].filter(Boolean).join(" ") || "—";

/** The dashboard's accept-invite page for a token (under the path the dashboard is served at). */
const inviteLink = (token: string) =>
  `${location.origin}${import.meta.env.BASE_URL}invite?token=${encodeURIComponent(token)}`;

/** Pending invites, and a form that invites a teammate (the invite's token is shown once). */
function InvitesPanel() {
  const { data, refetch } = useQuery(Invites, {});
  const [token, setToken] = useState<string | null>(null);
  const now = Date.now();
  return (
    <Container>
      <Heading level="h2">Invites</Heading>
      <ResourceForm
        className="form form-row"
        fields={[{ name: "email", label: "Invite email", kind: "email", required: true }]}
        initial={{ email: "" }}
        submitLabel="Invite"
        resetOnSave
        onSubmit={async (v) => {
          const { createInvite: r } = await mutate(CreateInvite, {
            input: { email: text(v, "email"), idempotencyKey: onceKey() },
          });
          setToken(r.token ?? null);
          return saved(r.invite, r.userErrors);
        }}
        onSaved={() => void refetch()}
      />
      {token && (
        <output className="secret-once">
          <Text>Send this link to your teammate now: it is shown once. They choose their name and password there.</Text>
          <code data-testid="invite-link">{inviteLink(token)}</code>
          <Text size="small">
            The token alone: <code data-testid="invite-token">{token}</code>
          </Text>
          <Button variant="secondary" onClick={() => setToken(null)}>
            I have sent it
          </Button>
        </output>
      )}
      <table aria-label="Pending invites">
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Sent</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {data?.invites.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>{node.email}</td>
              <td>{when(node.createdAt)}</td>
              <td>
                {Date.parse(node.expiresAt) < now ? (
                  <Badge color="red">expired</Badge>
                ) : (
                  <Badge color="orange">pending until {new Date(node.expiresAt).toLocaleDateString()}</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Container>
  );
}

const Delete = graphql(`
  mutation AdminDeleteUser($input: DeleteInput!) {
    deleteUser(input: $input) {
      deletedId
      userErrors { field message code }
    }
  }
`);

export const users = defineResource({
  path: "users",
  title: "Users",
  singular: "user",
  zone: "user",
  icon: Users,
  section: "Store",
  remove: async (id) => (await mutate(Delete, { input: { id } })).deleteUser.userErrors,
  list: {
    query: List,
    pick: (d) => d.users,
    columns: [
      { header: "Email", cell: (u) => u.email },
      { header: "Name", cell: (u) => fullName(u) },
      { header: "Joined", cell: (u) => when(u.createdAt) },
    ],
    Extra: InvitesPanel,
  },
  detail: {
    query: Detail,
    pick: (d) => (d.node?.__typename === "User" ? d.node : null),
    heading: (u) => u.email,
    properties: [
      { label: "Name", value: (u) => fullName(u) },
      { label: "Joined", value: (u) => when(u.createdAt) },
    ],
  },
});
