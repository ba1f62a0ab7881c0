import type { SentMail, TestApi } from "./runners.ts";

/** `Authorization: Bearer <token>`. */
export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

async function token(api: TestApi, path: string, body: unknown): Promise<string> {
  const res = await api.anonymous.post<{ token?: string }>(path, body);
  if (res.status !== 200 || !res.data.token)
    throw new Error(`${path} answered ${res.status}: ${JSON.stringify(res.data)}`);
  return res.data.token;
}

/**
 * The next mail with `template` that `to` receives after the `seen` ones (mail goes out from a
 * subscriber, after the request that caused it has been answered).
 */
export async function nextMail(api: TestApi, to: string, template: string, seen: number): Promise<SentMail> {
  for (let i = 0; i < 400; i++) {
    const mail = (await api.inbox(to)).filter((m) => m.template === template)[seen];
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no ${template} mail reached ${to}`);
}

/** How many `template` mails `to` has received so far. */
export const mailCount = async (api: TestApi, to: string, template: string) =>
  (await api.inbox(to)).filter((m) => m.template === template).length;

/** The token in a verification mail's link. */
export const verificationToken = (mail: SentMail) => new URL(String(mail.data.url)).searchParams.get("token") ?? "";

/**
 * Registers email/password credentials for an actor type the way a person does: the register
 * request, then (where the auth module verifies emails) the mail and its link. The token has no
 * actor yet.
 */
export async function registerIdentity(
  api: TestApi,
  actorType: string,
  email: string,
  password: string,
): Promise<string> {
  const seen = await mailCount(api, email, "verify-email-template");
  const res = await api.anonymous.post<{ token?: string }>(`/auth/${actorType}/emailpass/register`, {
    email,
    password,
  });
  if (res.status === 200 && res.data.token) return res.data.token;
  if (res.status !== 202) throw new Error(`register answered ${res.status}: ${JSON.stringify(res.data)}`);
  return token(api, `/auth/${actorType}/emailpass/verify`, {
    token: verificationToken(await nextMail(api, email, "verify-email-template", seen)),
  });
}

/** Logs in with email/password as an actor type. */
export const login = (api: TestApi, actorType: string, email: string, password: string) =>
  token(api, `/auth/${actorType}/emailpass`, { email, password });

/** A fresh token for the same identity, now carrying the actor it was registered as. */
export async function refresh(api: TestApi, registrationToken: string): Promise<string> {
  const res = await api.as(bearer(registrationToken)).post<{ token?: string }>("/auth/token/refresh", {});
  if (!res.data.token) throw new Error(`refresh answered ${res.status}`);
  return res.data.token;
}

async function mutate(
  api: TestApi,
  query: string,
  input: unknown,
): Promise<Record<string, { userErrors: unknown[] } & Record<string, unknown>>> {
  const res = await api.graphql<
    Record<string, { userErrors: unknown[] } & Record<string, unknown>>,
    { input: unknown }
  >(query, { input });
  const payload = Object.values(res.data ?? {})[0];
  if (res.errors?.length || payload?.userErrors.length)
    throw new Error(JSON.stringify(res.errors ?? payload?.userErrors));
  return res.data ?? {};
}

/**
 * An admin user the whole way a person becomes one: an admin invites them, they register
 * credentials, accept the invite, and log in. Returns the bearer token and the user id.
 */
export async function createAdminUser(
  api: TestApi,
  email: string,
  password: string,
): Promise<{ token: string; userId: string }> {
  const invited = await mutate(
    api.as(api.adminHeaders),
    "mutation($input: CreateInviteInput!) { createInvite(input: $input) { token userErrors { message } } }",
    { email },
  );
  const inviteToken = String(invited.createInvite?.token);
  const registration = await registerIdentity(api, "user", email, password);
  const accepted = await mutate(
    api.as(bearer(registration)),
    "mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { user { id } userErrors { message } } }",
    { token: inviteToken },
  );
  const userId = String((accepted.acceptInvite?.user as { id: string }).id);
  return { token: await login(api, "user", email, password), userId };
}

/** A registered customer: credentials, then `registerCustomer`, then a login token. */
export async function createCustomerAccount(
  api: TestApi,
  email: string,
  password: string,
  names: { firstName?: string; lastName?: string } = {},
): Promise<{ token: string; customerId: string }> {
  const registration = await registerIdentity(api, "customer", email, password);
  const created = await mutate(
    api.as(bearer(registration)),
    "mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { customer { id } userErrors { message } } }",
    names,
  );
  const customerId = String((created.registerCustomer?.customer as { id: string }).id);
  return { token: await login(api, "customer", email, password), customerId };
}

/** A publishable key (optionally scoped to sales channels), issued through the admin API. */
export async function createPublishableKey(api: TestApi, salesChannelIds: string[] = []): Promise<string> {
  const created = await mutate(
    api.as(api.adminHeaders),
    "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token userErrors { message } } }",
    { title: "storefront", type: "PUBLISHABLE", salesChannelIds },
  );
  return String(created.createApiKey?.token);
}
