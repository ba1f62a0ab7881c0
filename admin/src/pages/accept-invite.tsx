import { useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { Button, Container, Heading, Text } from "../../sdk/components.tsx";
import { logIn } from "../api/auth.ts";
import { anonymousRequest } from "../api/client.ts";
import type { UserErrorShape } from "../api/hooks.ts";
import { Field } from "../forms/field.tsx";
import { graphql } from "../generated/gql/gql.ts";
import { onceKey } from "../resources/values.ts";
import { useSession } from "../session.tsx";

const AcceptInvite = graphql(`
  mutation AdminAcceptInvite($input: AcceptInviteInput!) {
    acceptInvite(input: $input) {
      user { id email }
      userErrors { field message code }
    }
  }
`);

/**
 * /app/invite?token=…: the invitee sets their name and password (acceptInvite without
 * credentials makes their login), and is logged in with it.
 */
export function AcceptInvitePage() {
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState({ firstName: "", lastName: "", password: "" });
  const [errors, setErrors] = useState<readonly UserErrorShape[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const { acceptInvite: r } = await anonymousRequest(AcceptInvite, {
        input: {
          token,
          firstName: values.firstName.trim() || null,
          lastName: values.lastName.trim() || null,
          password: values.password,
          idempotencyKey: onceKey(),
        },
      });
      setErrors(r.userErrors);
      if (!r.user || r.userErrors.length) return;
      const problem = await logIn(r.user.email, values.password);
      if (problem) {
        setErrors([
          { field: null, message: `Your account is ready, but logging in failed: ${problem}`, code: "LOGIN" },
        ]);
        return;
      }
      await refresh();
      navigate("/", { replace: true });
    } catch (error) {
      setErrors([
        { field: null, message: error instanceof Error ? error.message : String(error), code: "REQUEST_FAILED" },
      ]);
    } finally {
      setBusy(false);
    }
  };
  const placed = ["firstName", "lastName", "password"];
  const unplaced = errors.filter((e) => !placed.includes(e.field?.at(-1) ?? ""));
  return (
    <main className="login">
      <Container>
        <Heading level="h1">Join Tessera</Heading>
        {token ? (
          <form className="form" onSubmit={submit} noValidate>
            <Text size="small">You were invited to the admin team: choose your name and a password.</Text>
            <Field
              label="First name"
              name="firstName"
              value={values.firstName}
              onChange={set("firstName")}
              errors={errors}
            />
            <Field
              label="Last name"
              name="lastName"
              value={values.lastName}
              onChange={set("lastName")}
              errors={errors}
            />
            <Field
              label="Password"
              name="password"
              kind="password"
              required
              value={values.password}
              onChange={set("password")}
              errors={errors}
            />
            {unplaced.length > 0 && (
              <p role="alert" className="field-error">
                {unplaced.map((e) => e.message).join(" ")}
              </p>
            )}
            <Button type="submit" disabled={busy}>
              Accept invite
            </Button>
          </form>
        ) : (
          <p role="alert">
            This link has no invite token: open the link from your invite again, or <Link to="/login">log in</Link>.
          </p>
        )}
      </Container>
    </main>
  );
}
