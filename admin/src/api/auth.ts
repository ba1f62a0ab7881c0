/** Logs in with email and password: a token from the auth route, traded for the session cookie. */
export async function logIn(email: string, password: string): Promise<string | null> {
  const login = await fetch("/auth/user/emailpass", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (login.status === 429) return "Too many attempts: wait a few minutes and try again.";
  if (!login.ok) return "Wrong email or password.";
  const { token } = (await login.json()) as { token: string };
  const session = await fetch("/auth/session", {
    method: "POST",
    credentials: "same-origin",
    headers: { authorization: `Bearer ${token}` },
  });
  return session.ok ? null : "Could not start a session.";
}

/** Ends the session server-side (every copy of the cookie stops working). */
export async function logOut(): Promise<void> {
  await fetch("/auth/session", { method: "DELETE", credentials: "same-origin" });
}

/**
 * A short-lived bearer token for the session: graphql-ws reads credentials from its connection
 * params, not from cookies, so the socket authenticates with this.
 */
export async function sessionToken(): Promise<string | null> {
  const response = await fetch("/auth/token/refresh", { method: "POST", credentials: "same-origin" });
  if (!response.ok) return null;
  return ((await response.json()) as { token: string }).token;
}
