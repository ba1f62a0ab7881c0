import { useState, type FormEvent } from "react";
import { Badge, Button, Container, Heading, Text } from "../../sdk/components.tsx";
import { errorFor, mutate, useQuery, type UserErrorShape } from "../api/hooks.ts";
import { WidgetZone } from "../extensions/zone.tsx";
import { graphql } from "../generated/gql/gql.ts";

const ApiKeys = graphql(`
  query AdminApiKeys {
    apiKeys(first: 100) {
      edges { node { id title type redacted createdAt revokedAt } }
    }
  }
`);

const CreateKey = graphql(`
  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      token
      apiKey { id }
      userErrors { field message code }
    }
  }
`);

const RevokeKey = graphql(`
  mutation AdminRevokeApiKey($input: DeleteInput!) {
    revokeApiKey(input: $input) {
      apiKey { id revokedAt }
      userErrors { field message code }
    }
  }
`);

export function ApiKeysPage() {
  const { data, error, refetch } = useQuery(ApiKeys, {});
  const [title, setTitle] = useState("");
  const [type, setType] = useState<"SECRET" | "PUBLISHABLE">("SECRET");
  const [errors, setErrors] = useState<UserErrorShape[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    const { createApiKey } = await mutate(CreateKey, { input: { title, type, idempotencyKey: crypto.randomUUID() } });
    setErrors(createApiKey.userErrors);
    if (createApiKey.apiKey) {
      setSecret(createApiKey.token ?? null);
      setTitle("");
      await refetch();
    }
  };
  const titleError = errorFor(errors, "title");
  return (
    <>
      <WidgetZone zone="api_key.list.before" />
      <Container>
        <Heading level="h1">API keys</Heading>
        <form className="form form-row" onSubmit={create}>
          <label>
            Key title
            <input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              aria-invalid={Boolean(titleError)}
              aria-describedby={titleError ? "key-title-error" : undefined}
            />
          </label>
          <label>
            Type
            <select value={type} onChange={(e) => setType(e.target.value as "SECRET" | "PUBLISHABLE")}>
              <option value="SECRET">Secret</option>
              <option value="PUBLISHABLE">Publishable</option>
            </select>
          </label>
          <Button type="submit">Create key</Button>
        </form>
        {titleError && (
          <p id="key-title-error" className="field-error">
            {titleError}
          </p>
        )}
        {secret && (
          <output className="secret-once">
            <Text>Copy this key now: it is shown once and cannot be read again.</Text>
            <code data-testid="new-key">{secret}</code>
            <Button variant="secondary" onClick={() => setSecret(null)}>
              I have copied it
            </Button>
          </output>
        )}
        {error && <p role="alert">{error.message}</p>}
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Type</th>
              <th scope="col">Key</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data?.apiKeys.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.title}</td>
                <td>{node.type.toLowerCase()}</td>
                <td>
                  <code>{node.redacted}</code>
                </td>
                <td>
                  <Badge color={node.revokedAt ? "red" : "green"}>{node.revokedAt ? "revoked" : "active"}</Badge>
                </td>
                <td>
                  {!node.revokedAt && (
                    <Button
                      variant="danger"
                      aria-label={`Revoke ${node.title}`}
                      onClick={async () => {
                        await mutate(RevokeKey, { input: { id: node.id } });
                        await refetch();
                      }}
                    >
                      Revoke
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Container>
      <WidgetZone zone="api_key.list.after" />
    </>
  );
}
