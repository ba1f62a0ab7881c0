import { useState, type FormEvent } from "react";
import { Navigate, useLocation, useNavigate } from "react-router-dom";
import { Button, Container, Heading } from "../../sdk/components.tsx";
import { logIn } from "../api/auth.ts";
import { WidgetZone } from "../extensions/zone.tsx";
import { useSession } from "../session.tsx";

export function LoginPage() {
  const { status, refresh } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? "/products";
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (status === "in") return <Navigate to={from} replace />;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const problem = await logIn(String(form.get("email")), String(form.get("password")));
    setBusy(false);
    setError(problem);
    if (!problem) {
      await refresh();
      navigate(from, { replace: true });
    }
  };
  return (
    <main className="login">
      <WidgetZone zone="login.before" />
      <Container>
        <Heading level="h1">Log in to Tessera</Heading>
        <form onSubmit={submit} className="form">
          <label>
            Email
            <input name="email" type="email" autoComplete="username" required />
          </label>
          <label>
            Password
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <Button type="submit" disabled={busy}>
            Log in
          </Button>
        </form>
      </Container>
      <WidgetZone zone="login.after" />
    </main>
  );
}
