// Customer auth by GraphQL: the storefront journey without the REST routes (which stay, for
// Medusa parity). Both run the same actions (src/api/auth/actions.ts) and workflows.
import { z } from "zod";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { columnsOf } from "../../../framework/graphql/inputs.ts";
import {
  idempotencyKeyDescription,
  idempotencyOwner,
  runMutationWorkflow,
} from "../../../framework/graphql/run-workflow.ts";
import { UserError, type UserErrorShape } from "../../../framework/graphql/user-errors.ts";
import { inputMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { endSession, startSession } from "../../../framework/http/session-cookie.ts";
import type { AuthContext } from "../../../framework/http/types.ts";
import type { Row } from "../../../framework/modules/service-factory.ts";
import { Modules } from "../../../modules/index.ts";
import { changePasswordWorkflow, resetPasswordWorkflow } from "../../../workflows/auth/auth-identities.ts";
import { verifyCustomerRegistrationWorkflow } from "../../../workflows/customer/register-customer.ts";
import { updateCustomerEmailWorkflow } from "../../../workflows/customer/update-customer.ts";
import {
  type AuthRequest,
  counted,
  logIn,
  refreshToken,
  refuseWhileThrottled,
  register,
  requestPasswordReset,
  tokenFor,
} from "../../auth/actions.ts";
import { CustomerPayload, customerId, newCustomerField, profileSchema } from "./mutations.ts";

const PROVIDER = "emailpass";
const ACTOR = "customer";

const email = z.string().max(320).describe("The customer's email address.");
const password = z.string().max(256).describe("At least 8 characters.");
const idempotencyKey = z.string().nullish().describe(idempotencyKeyDescription);

type TokenResult = { token?: string | null; customer?: Row<"Customer"> | null; userErrors: UserErrorShape[] };
const CustomerTokenPayload = builder.objectRef<TokenResult>("CustomerTokenPayload").implement({
  description: "A bearer token for the customer (send it as `Authorization: Bearer <token>`), and the customer.",
  fields: (t) => ({
    token: t.string({ nullable: true, description: "Valid for 24 hours.", resolve: (p) => p.token ?? null }),
    customer: newCustomerField(t),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
  }),
});

type RegistrationResult = { token?: string | null; verificationRequired?: boolean; userErrors: UserErrorShape[] };
const RequestCustomerRegistrationPayload = builder
  .objectRef<RegistrationResult>("RequestCustomerRegistrationPayload")
  .implement({
    description: "The same answer for a new and a taken email, so it tells nobody which addresses have accounts.",
    fields: (t) => ({
      verificationRequired: t.boolean({
        nullable: true,
        description: "True: a link was mailed; pass its token to verifyCustomerEmail. False: `token` is given.",
        resolve: (p) => p.verificationRequired ?? null,
      }),
      token: t.string({
        nullable: true,
        description: "Without email verification only: a registration token for registerCustomer.",
        resolve: (p) => p.token ?? null,
      }),
      userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
    }),
  });

type DoneResult = { done?: boolean; userErrors: UserErrorShape[] };
const AuthActionPayload = builder.objectRef<DoneResult>("AuthActionPayload").implement({
  description: "Whether the action was accepted.",
  fields: (t) => ({
    done: t.boolean({ nullable: true, resolve: (p) => p.done ?? null }),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
  }),
});

/** The request as the auth actions see it. */
const requestOf = (ctx: GraphQLContext): AuthRequest => ({ scope: ctx.scope, ip: ctx.http?.req.ip ?? "" });

/** The caller's identity as a token context (access rules guarantee one). */
const contextOf = (ctx: GraphQLContext): AuthContext => ({
  actor_id: ctx.auth.actorId ?? "",
  actor_type: ctx.auth.actorType ?? ACTOR,
  auth_identity_id: ctx.auth.authIdentityId ?? "",
  app_metadata: ctx.auth.appMetadata,
});

/** The customer a token context names, for the payload. */
async function customerOf(ctx: GraphQLContext, context: AuthContext) {
  if (!context.actor_id) return null;
  const [customer] = await ctx.scope.resolve(Modules.CUSTOMER).listCustomers({ id: context.actor_id }, { take: 1 });
  return customer ?? null;
}

/** An unauthorized failure (a wrong token or password) as an INVALID_DATA userError on the input's `field`. */
const refusedAs =
  (field: string, message?: string) =>
  (error: unknown): never => {
    if (TesseraError.is(error) && error.type === "unauthorized")
      throw new TesseraError(TesseraError.Types.INVALID_DATA, message ?? error.message, { field: [field] });
    throw error;
  };

/** A userError on the field `from` as one on the input's field `to`. */
const movedTo =
  (from: string, to: string) =>
  (error: unknown): never => {
    if (TesseraError.is(error) && error.field?.[0] === from)
      throw new TesseraError(error.type, error.message, { field: [to] });
    throw error;
  };

/** Checks the logged-in customer's current password (throttled and counted like a login). */
async function provePassword(ctx: GraphQLContext, current: string): Promise<void> {
  const auth = ctx.scope.resolve(Modules.AUTH);
  const identifier = await auth.identifierOf(ctx.auth.authIdentityId ?? "", PROVIDER);
  await refuseWhileThrottled(requestOf(ctx), identifier);
  await counted(requestOf(ctx), identifier, () =>
    auth.authenticate(PROVIDER, { email: identifier, password: current }),
  ).catch(refusedAs("currentPassword", "The current password is wrong"));
}

inputMutation("requestCustomerRegistration", {
  access: access.guest,
  description:
    "Starts a customer registration: mails a verification link to the address (for a taken address, a mail telling its owner instead). The answer is the same either way.",
  input: { name: "RequestCustomerRegistrationInput", schema: z.object({ email, password }) },
  payload: RequestCustomerRegistrationPayload,
  resolve: async (input, ctx) => {
    await refuseWhileThrottled(requestOf(ctx), input.email.trim().toLowerCase());
    const { token } = await register(requestOf(ctx), { actorType: ACTOR, provider: PROVIDER, credentials: input });
    return { token, verificationRequired: token === null };
  },
});

inputMutation("verifyCustomerEmail", {
  access: access.guest,
  description:
    "Finishes a registration with the token from the verification mail: creates the login and the customer, and logs them in.",
  input: {
    name: "VerifyCustomerEmailInput",
    schema: profileSchema.extend({
      token: z.string().min(1).max(200).describe("The token in the verification link."),
      idempotencyKey,
    }),
  },
  payload: CustomerTokenPayload,
  resolve: async ({ token, idempotencyKey: key, ...profile }, ctx) => {
    const result = await runMutationWorkflow(
      verifyCustomerRegistrationWorkflow,
      ctx.scope,
      { token, customer: columnsOf(profile) },
      key,
      idempotencyOwner(ctx.auth),
    ).catch(refusedAs("token"));
    const auth = ctx.scope.resolve(Modules.AUTH);
    const identity = await auth.retrieveAuthIdentity(result.authIdentityId);
    return { token: await tokenFor(ctx.scope, auth.authContextFor(identity, ACTOR)), customer: result.customer };
  },
});

inputMutation("logInCustomer", {
  access: access.guest,
  description:
    "Logs a customer in with email and password. Wrong credentials are UNAUTHENTICATED, the same for an unknown email; after repeated failures TOO_MANY_REQUESTS with `extensions.retryAfter`.",
  input: {
    name: "LogInCustomerInput",
    schema: z.object({
      email,
      password,
      session: z
        .boolean()
        .nullish()
        .describe("Also open a cookie session (httpOnly); browser clients then send `x-tessera-csrf`. Default false."),
    }),
  },
  payload: CustomerTokenPayload,
  resolve: async ({ session, ...credentials }, ctx) => {
    await refuseWhileThrottled(requestOf(ctx), credentials.email.trim().toLowerCase());
    const { token, context } = await logIn(requestOf(ctx), { actorType: ACTOR, provider: PROVIDER, body: credentials });
    if (session && ctx.http) await startSession(ctx.http.req, ctx.http.res, context);
    return { token, customer: await customerOf(ctx, context) };
  },
});

builder.mutationField("logOutCustomer", (t) =>
  t.field({
    authScopes: access.customerToken,
    type: AuthActionPayload,
    description:
      "Ends the cookie session, if the request has one. A bearer token cannot be recalled: the client discards it (it expires within 24 hours).",
    resolve: async (_root, _args, ctx) => {
      if (ctx.http) await endSession(ctx.http.req, ctx.http.res);
      return { done: true, userErrors: [] };
    },
  }),
);

builder.mutationField("refreshCustomerToken", (t) =>
  t.field({
    authScopes: access.customerToken,
    type: CustomerTokenPayload,
    description: "A fresh token for the caller's login, naming the customer once they exist (after registerCustomer).",
    resolve: async (_root, _args, ctx) => {
      const token = await refreshToken(ctx.scope, contextOf(ctx));
      return { token, customer: await customerOf(ctx, contextOf(ctx)), userErrors: [] };
    },
  }),
);

inputMutation("requestCustomerPasswordReset", {
  access: access.guest,
  description:
    "Mails a password reset token to the address when it has a customer login; the answer is the same when it has none.",
  input: { name: "RequestCustomerPasswordResetInput", schema: z.object({ email }) },
  payload: AuthActionPayload,
  resolve: async (input, ctx) => {
    requestPasswordReset(ctx.scope, { actorType: ACTOR, provider: PROVIDER, identifier: input.email });
    return { done: true };
  },
});

inputMutation("resetCustomerPassword", {
  access: access.guest,
  description: "Sets a new password with the token from the reset mail (single use, 15 minutes).",
  input: {
    name: "ResetCustomerPasswordInput",
    schema: z.object({ token: z.string().min(1).max(200).describe("The token from the reset mail."), password }),
  },
  payload: AuthActionPayload,
  resolve: async (input, ctx) => {
    await resetPasswordWorkflow(ctx.scope)
      .run({ input: { provider: PROVIDER, token: input.token, password: input.password } })
      .catch(refusedAs("token"));
    return { done: true };
  },
});

inputMutation("updateCurrentCustomerPassword", {
  access: access.customer,
  description:
    "Changes the logged-in customer's password; `currentPassword` must be right (failures count toward the login lock).",
  input: {
    name: "UpdateCurrentCustomerPasswordInput",
    schema: z.object({
      currentPassword: z.string().max(256).describe("The password in use now."),
      newPassword: password,
    }),
  },
  payload: AuthActionPayload,
  resolve: async (input, ctx) => {
    await provePassword(ctx, input.currentPassword);
    await changePasswordWorkflow(ctx.scope)
      .run({
        input: { auth_identity_id: ctx.auth.authIdentityId ?? "", provider: PROVIDER, password: input.newPassword },
      })
      .catch(movedTo("password", "newPassword"));
    return { done: true };
  },
});

inputMutation("updateCurrentCustomerEmail", {
  access: access.customer,
  description:
    "Changes the logged-in customer's email, which is also their login; `password` must be right. DUPLICATE (field email) when another account has the address.",
  input: {
    name: "UpdateCurrentCustomerEmailInput",
    schema: z.object({
      email: z.string().trim().toLowerCase().email().max(320).describe("The new address."),
      password: z.string().max(256).describe("The current password."),
    }),
  },
  payload: CustomerPayload,
  resolve: async (input, ctx) => {
    await provePassword(ctx, input.password).catch(movedTo("currentPassword", "password"));
    const { result } = await updateCustomerEmailWorkflow(ctx.scope).run({
      input: {
        customer_id: customerId(ctx),
        auth_identity_id: ctx.auth.authIdentityId ?? "",
        email: input.email,
      },
    });
    return { customer: result };
  },
});
