import type { ConfigModule } from "../../framework/config/types.ts";
import type { EventBus } from "../../framework/events/types.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { SessionStore } from "../../framework/http/session-cookie.ts";
import type { AuthContext } from "../../framework/http/types.ts";
import { ModuleService, type Context, type ModuleCradle, type Row } from "../../framework/modules/service-factory.ts";
import { MemoryAttemptCounters, RedisAttemptCounters } from "./attempt-counters.ts";
import { emailpassProvider } from "./emailpass-provider.ts";
import { AuthEvents, type AccountExistsEvent, type EmailVerificationEvent, type PasswordResetEvent } from "./events.ts";
import { LoginThrottle, type LoginThrottleOptions } from "./login-throttle.ts";
import { AuthEmailVerification, AuthIdentity, AuthResetToken, AuthSession, ProviderIdentity } from "./models.ts";
import type { AuthProvider } from "./provider.ts";
import { hashToken, randomToken, tokenMatches } from "../../framework/crypto/tokens.ts";

/** The auth module's options. */
export interface AuthModuleOptions {
  /** Extra providers besides emailpass. */
  providers?: AuthProvider[];
  loginThrottle?: LoginThrottleOptions;
  /** How long a password reset token lives, in minutes. Default 15. */
  resetTokenMinutes?: number;
  /**
   * Actor types whose registration waits for the owner of the email to confirm it (true: all,
   * the default). Without it, registration answers with a token at once, as Medusa's does, and a
   * caller can find out whether an email has an account.
   */
  emailVerification?: boolean | string[];
  /** How long an email verification link lives, in minutes. Default 24 hours. */
  emailVerificationMinutes?: number;
}

type AuthIdentityRow = Row<"AuthIdentity">;

/** What a password reset replaced: the stored secret (a hash) and the tokens it spent. */
export interface PasswordResetUndo {
  provider_identity_id: string;
  provider_metadata: unknown;
  spent_token_ids: string[];
}
const unauthorized = () => new TesseraError(TesseraError.Types.UNAUTHORIZED, "Invalid email or password");

/** What a registration request produced: the event for the owner of the email, and the pending row (none for a taken email). */
export type RegistrationRequest =
  | { verification_id: string; event: { name: typeof AuthEvents.EMAIL_VERIFICATION; data: EmailVerificationEvent } }
  | { verification_id: null; event: { name: typeof AuthEvents.ACCOUNT_EXISTS; data: AccountExistsEvent } };

const invalidVerification = () =>
  new TesseraError(TesseraError.Types.UNAUTHORIZED, "Invalid or expired verification token");

export default class AuthModuleService
  extends ModuleService({ AuthIdentity, ProviderIdentity, AuthResetToken, AuthEmailVerification, AuthSession })
  implements SessionStore
{
  private readonly providers: Map<string, AuthProvider>;
  private readonly eventBus: EventBus;
  private readonly resetTokenMinutes: number;
  private readonly verification: { actorTypes: boolean | string[]; minutes: number };
  readonly throttle: LoginThrottle;

  constructor(cradle: ModuleCradle & { eventBus: EventBus; configModule: ConfigModule }, options?: AuthModuleOptions) {
    super(cradle, options);
    this.eventBus = cradle.eventBus;
    this.providers = new Map([emailpassProvider, ...(options?.providers ?? [])].map((p) => [p.identifier, p]));
    // With Redis, every server process counts on the same counters.
    const { redisUrl, redisPrefix } = cradle.configModule.projectConfig;
    this.throttle = new LoginThrottle(
      options?.loginThrottle,
      redisUrl ? new RedisAttemptCounters({ url: redisUrl, prefix: redisPrefix }) : new MemoryAttemptCounters(),
    );
    this.resetTokenMinutes = options?.resetTokenMinutes ?? 15;
    this.verification = {
      actorTypes: options?.emailVerification ?? true,
      minutes: options?.emailVerificationMinutes ?? 24 * 60,
    };
  }

  /** Whether registering as `actorType` waits for the email to be confirmed (module option `emailVerification`). */
  verifiesEmail(actorType: string): boolean {
    const { actorTypes } = this.verification;
    return Array.isArray(actorTypes) ? actorTypes.includes(actorType) : actorTypes;
  }

  /**
   * Starts a registration its email must confirm. For an address without an identity: a pending
   * registration (the secret hashed now) and `auth.email_verification` with a single-use token.
   * For a taken one: nothing written, and `auth.account_exists` so its owner is told (to log in
   * or reset the password). The caller learns neither; the events are returned, not emitted.
   */
  async requestRegistration(
    providerName: string,
    body: unknown,
    actorType: string,
    ctx?: Context,
  ): Promise<RegistrationRequest> {
    const provider = this.provider(providerName);
    const { entityId, secret } = provider.parseCredentials(body);
    if (await this.findProviderIdentity(provider.identifier, entityId, ctx)) {
      return {
        verification_id: null,
        event: { name: AuthEvents.ACCOUNT_EXISTS, data: { entity_id: entityId, actor_type: actorType } },
      };
    }
    const token = randomToken();
    const row = await this.createAuthEmailVerifications(
      {
        entity_id: entityId,
        provider: provider.identifier,
        actor_type: actorType,
        provider_metadata: (await provider.hashSecret(secret)) as never,
        token_hash: hashToken(token),
        expires_at: new Date(Date.now() + this.verification.minutes * 60_000),
      },
      ctx,
    );
    return {
      verification_id: row.id,
      event: { name: AuthEvents.EMAIL_VERIFICATION, data: { entity_id: entityId, token, actor_type: actorType } },
    };
  }

  /**
   * Confirms an email with its verification token: creates the identity with the secret given at
   * registration and spends every pending registration of the address. UNAUTHORIZED for an
   * unknown, spent or expired token, or one made for another provider or actor type; DUPLICATE
   * when the address got an identity meanwhile (its owner, who holds the link, can log in).
   */
  async verifyRegistration(
    providerName: string,
    token: string,
    actorType: string,
    ctx?: Context,
  ): Promise<{ identity: AuthIdentityRow; spent_ids: string[] }> {
    const provider = this.provider(providerName);
    return this.transaction(async (c) => {
      const [row] = await this.listAuthEmailVerifications({ token_hash: hashToken(token) }, { take: 1 }, c);
      const valid =
        row &&
        tokenMatches(token, row.token_hash) &&
        !row.used_at &&
        row.expires_at > new Date() &&
        row.provider === provider.identifier &&
        row.actor_type === actorType;
      if (!row || !valid) throw invalidVerification();
      const pending = await this.listAuthEmailVerifications(
        { entity_id: row.entity_id, provider: row.provider, used_at: null },
        { select: ["id"] },
        c,
      );
      const spent_ids = pending.map((p) => p.id);
      await this.updateAuthEmailVerifications({ selector: { id: spent_ids }, data: { used_at: new Date() } }, c);
      if (await this.findProviderIdentity(row.provider, row.entity_id, c)) {
        throw new TesseraError(
          TesseraError.Types.DUPLICATE_ERROR,
          "This email already has an account: log in, or reset its password",
        );
      }
      return { identity: await this.insertIdentity(row.provider, row.entity_id, row.provider_metadata, c), spent_ids };
    }, ctx);
  }

  /** Undoes `verifyRegistration`: the identity goes and its links work again. */
  async undoVerifyRegistration(undo: { auth_identity_id: string; spent_ids: string[] }, ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      await this.deleteAuthIdentities([undo.auth_identity_id], c);
      if (undo.spent_ids.length)
        await this.updateAuthEmailVerifications({ selector: { id: undo.spent_ids }, data: { used_at: null } }, c);
    }, ctx);
  }

  /** Closes the throttle's Redis connection (app.close). */
  async onShutdown(): Promise<void> {
    await this.throttle.close();
  }

  /** The provider named in a route; unknown names are NOT_FOUND. */
  provider(identifier: string): AuthProvider {
    const provider = this.providers.get(identifier);
    if (!provider)
      throw new TesseraError(TesseraError.Types.NOT_FOUND, `Auth provider ${identifier} is not configured`);
    return provider;
  }

  /**
   * Registers credentials. A new identifier gets a new auth identity; a known one is accepted
   * only with its password (an existing user registering as another actor type). Otherwise
   * UNAUTHORIZED (the register route turns that into a decoy answer; see routes.ts).
   */
  async register(providerName: string, body: unknown, ctx?: Context): Promise<AuthIdentityRow> {
    return (await this.registerIdentity(providerName, body, ctx)).identity;
  }

  /** `register`, saying whether the identity is new (the register workflow deletes only what it created). */
  async registerIdentity(
    providerName: string,
    body: unknown,
    ctx?: Context,
  ): Promise<{ identity: AuthIdentityRow; created: boolean }> {
    const provider = this.provider(providerName);
    const { entityId, secret } = provider.parseCredentials(body);
    const existing = await this.findProviderIdentity(provider.identifier, entityId, ctx);
    if (existing) {
      if (await provider.verifySecret(secret, existing.provider_metadata as Record<string, unknown> | null))
        return { identity: await this.retrieveAuthIdentity(existing.auth_identity_id, {}, ctx), created: false };
      throw unauthorized();
    }
    return {
      identity: await this.insertIdentity(provider.identifier, entityId, await provider.hashSecret(secret), ctx),
      created: true,
    };
  }

  /**
   * Creates an identity for an address the caller proved another way (an invite mailed to it):
   * DUPLICATE when the address has one (its owner logs in instead).
   */
  async createProvenIdentity(providerName: string, body: unknown, ctx?: Context): Promise<AuthIdentityRow> {
    const provider = this.provider(providerName);
    const { entityId, secret } = provider.parseCredentials(body);
    if (await this.findProviderIdentity(provider.identifier, entityId, ctx)) {
      throw new TesseraError(
        TesseraError.Types.DUPLICATE_ERROR,
        "This email already has an account: log in, then accept with that token",
      );
    }
    return this.insertIdentity(provider.identifier, entityId, await provider.hashSecret(secret), ctx);
  }

  /** The auth identity the credentials prove, or UNAUTHORIZED (same answer for an unknown identifier). */
  async authenticate(providerName: string, body: unknown, ctx?: Context): Promise<AuthIdentityRow> {
    const provider = this.provider(providerName);
    const { entityId, secret } = provider.parseCredentials(body);
    const existing = await this.findProviderIdentity(provider.identifier, entityId, ctx);
    const ok = await provider.verifySecret(
      secret,
      (existing?.provider_metadata ?? null) as Record<string, unknown> | null,
    );
    if (!existing || !ok) throw unauthorized();
    return this.retrieveAuthIdentity(existing.auth_identity_id, {}, ctx);
  }

  /**
   * Creates a single-use reset token and emits `auth.password_reset` with it, when the
   * identifier exists. Says nothing either way, so callers cannot probe for accounts.
   */
  async generateResetPasswordToken(
    providerName: string,
    identifier: string,
    actorType: string,
    ctx?: Context,
  ): Promise<void> {
    const issued = await this.issueResetToken(providerName, identifier, actorType, ctx);
    if (issued) await this.eventBus.emit({ name: AuthEvents.PASSWORD_RESET, data: issued.event });
  }

  /** Creates a reset token for a known identifier and returns the `auth.password_reset` payload (not emitted); null for an unknown one. */
  async issueResetToken(
    providerName: string,
    identifier: string,
    actorType: string,
    ctx?: Context,
  ): Promise<{ id: string; event: PasswordResetEvent } | null> {
    const provider = this.provider(providerName);
    const entityId = identifier.trim().toLowerCase();
    const existing = await this.findProviderIdentity(provider.identifier, entityId, ctx);
    if (!existing) return null;
    const token = randomToken();
    const row = await this.createAuthResetTokens(
      {
        provider_identity_id: existing.id,
        token_hash: hashToken(token),
        expires_at: new Date(Date.now() + this.resetTokenMinutes * 60_000),
      },
      ctx,
    );
    return { id: row.id, event: { entity_id: entityId, token, actor_type: actorType } };
  }

  /**
   * Sets a new secret with a reset token: the token must be unused and unexpired; it is spent, and
   * the identity's other tokens too. Returns what it replaced, so a workflow can put it back.
   */
  async resetPassword(
    providerName: string,
    token: string,
    password: string,
    ctx?: Context,
  ): Promise<PasswordResetUndo> {
    const provider = this.provider(providerName);
    return this.transaction(async (c) => {
      const [row] = await this.listAuthResetTokens(
        { token_hash: hashToken(token) },
        { take: 1, relations: ["provider_identity"] },
        c,
      );
      const valid =
        row &&
        tokenMatches(token, row.token_hash) &&
        !row.used_at &&
        row.expires_at > new Date() &&
        row.provider_identity?.provider === provider.identifier;
      if (!row || !valid) throw new TesseraError(TesseraError.Types.UNAUTHORIZED, "Invalid or expired reset token");
      const { secret } = provider.parseCredentials({ email: row.provider_identity?.entity_id, password });
      const spent = await this.listAuthResetTokens(
        { provider_identity_id: row.provider_identity_id, used_at: null },
        { select: ["id"] },
        c,
      );
      await this.updateProviderIdentities(
        { id: row.provider_identity_id, provider_metadata: (await provider.hashSecret(secret)) as never },
        c,
      );
      await this.updateAuthResetTokens(
        { selector: { provider_identity_id: row.provider_identity_id, used_at: null }, data: { used_at: new Date() } },
        c,
      );
      return {
        provider_identity_id: row.provider_identity_id,
        provider_metadata: row.provider_identity?.provider_metadata ?? null,
        spent_token_ids: spent.map((t) => t.id),
      };
    }, ctx);
  }

  /** Undoes `resetPassword`: the old secret and unspent tokens come back. */
  async undoResetPassword(undo: PasswordResetUndo, ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      await this.updateProviderIdentities(
        { id: undo.provider_identity_id, provider_metadata: undo.provider_metadata as never },
        c,
      );
      if (undo.spent_token_ids.length)
        await this.updateAuthResetTokens({ selector: { id: undo.spent_token_ids }, data: { used_at: null } }, c);
    }, ctx);
  }

  /**
   * Sets a new secret for the identity's credentials at `providerName` (a logged-in change: the
   * caller proved the old one). Spends its outstanding reset tokens; returns what it replaced.
   */
  async changePassword(
    authIdentityId: string,
    providerName: string,
    password: string,
    ctx?: Context,
  ): Promise<PasswordResetUndo> {
    const provider = this.provider(providerName);
    return this.transaction(async (c) => {
      const row = await this.credentialsOf(authIdentityId, provider.identifier, c);
      const { secret } = provider.parseCredentials({ email: row.entity_id, password });
      const spent = await this.listAuthResetTokens(
        { provider_identity_id: row.id, used_at: null },
        { select: ["id"] },
        c,
      );
      await this.updateProviderIdentities(
        { id: row.id, provider_metadata: (await provider.hashSecret(secret)) as never },
        c,
      );
      if (spent.length)
        await this.updateAuthResetTokens(
          { selector: { id: spent.map((t) => t.id) }, data: { used_at: new Date() } },
          c,
        );
      return {
        provider_identity_id: row.id,
        provider_metadata: row.provider_metadata ?? null,
        spent_token_ids: spent.map((t) => t.id),
      };
    }, ctx);
  }

  /**
   * Moves the identity's credentials at `providerName` to another identifier (a new email):
   * DUPLICATE naming `email` when another identity has it. Returns the identifier it replaced.
   */
  async changeIdentifier(
    authIdentityId: string,
    providerName: string,
    identifier: string,
    ctx?: Context,
  ): Promise<{ provider_identity_id: string; entity_id: string }> {
    const provider = this.provider(providerName);
    const entityId = identifier.trim().toLowerCase();
    return this.transaction(async (c) => {
      const row = await this.credentialsOf(authIdentityId, provider.identifier, c);
      const taken = await this.findProviderIdentity(provider.identifier, entityId, c);
      if (taken && taken.id !== row.id)
        throw new TesseraError(TesseraError.Types.DUPLICATE_ERROR, "This email already has an account", {
          field: ["email"],
        });
      await this.updateProviderIdentities({ id: row.id, entity_id: entityId }, c);
      return { provider_identity_id: row.id, entity_id: row.entity_id };
    }, ctx);
  }

  /** Undoes `changeIdentifier`. */
  async undoChangeIdentifier(undo: { provider_identity_id: string; entity_id: string }, ctx?: Context): Promise<void> {
    await this.updateProviderIdentities({ id: undo.provider_identity_id, entity_id: undo.entity_id }, ctx);
  }

  /** The identity's identifier (its email) at a provider, for checking its current secret. */
  async identifierOf(authIdentityId: string, providerName: string, ctx?: Context): Promise<string> {
    return (await this.credentialsOf(authIdentityId, this.provider(providerName).identifier, ctx)).entity_id;
  }

  private async credentialsOf(authIdentityId: string, provider: string, ctx?: Context) {
    const [row] = await this.listProviderIdentities({ auth_identity_id: authIdentityId, provider }, { take: 1 }, ctx);
    if (!row) throw new TesseraError(TesseraError.Types.NOT_FOUND, `No ${provider} credentials for this identity`);
    return row;
  }

  /** Records (or with null, removes) the actor an identity is registered as: `app_metadata[`${actorType}_id`]`. */
  async setAppMetadata(
    authIdentityId: string,
    actorType: string,
    value: string | null,
    ctx?: Context,
  ): Promise<AuthIdentityRow> {
    return this.transaction(async (c) => {
      const identity = await this.retrieveAuthIdentity(authIdentityId, {}, c);
      const metadata = { ...((identity.app_metadata ?? {}) as Record<string, unknown>) };
      const key = `${actorType}_id`;
      if (value === null) delete metadata[key];
      else {
        if (metadata[key] && metadata[key] !== value)
          throw new TesseraError(
            TesseraError.Types.INVALID_DATA,
            `The identity is already registered as a ${actorType}`,
          );
        metadata[key] = value;
      }
      return this.updateAuthIdentities({ id: authIdentityId, app_metadata: metadata as never }, c);
    }, ctx);
  }

  /** The auth context a token carries for `identity` acting as `actorType`. */
  /** Opens a login session; returns its secret (for the cookie): only the secret's SHA-256 is stored. */
  async openSession(context: AuthContext, expiresAt: Date): Promise<string> {
    const secret = randomToken();
    // Sessions that ran out are of no use to anyone: each login sweeps them.
    await this.client().authSession.deleteMany({ where: { expires_at: { lt: new Date() } } });
    await this.createAuthSessions({
      ...context,
      app_metadata: context.app_metadata as object,
      token_hash: hashToken(secret),
      expires_at: expiresAt,
    });
    return secret;
  }

  async readSession(secret: string): Promise<AuthContext | null> {
    const [session] = await this.listAuthSessions(
      { token_hash: hashToken(secret), expires_at: { $gt: new Date() } },
      { take: 1 },
    );
    if (!session || !tokenMatches(secret, session.token_hash)) return null;
    const { actor_id, actor_type, auth_identity_id } = session;
    return {
      actor_id,
      actor_type,
      auth_identity_id,
      app_metadata: (session.app_metadata ?? {}) as Record<string, unknown>,
    };
  }

  async closeSession(secret: string): Promise<void> {
    await this.client().authSession.deleteMany({ where: { token_hash: hashToken(secret) } });
  }

  authContextFor(identity: AuthIdentityRow, actorType: string): AuthContext {
    const app_metadata = (identity.app_metadata ?? {}) as Record<string, unknown>;
    const actor = app_metadata[`${actorType}_id`];
    return {
      actor_id: typeof actor === "string" ? actor : "",
      actor_type: actorType,
      auth_identity_id: identity.id,
      app_metadata,
    };
  }

  /** A new auth identity proven by one provider identity (for emailpass: the email and the password hash). */
  private async insertIdentity(
    provider: string,
    entityId: string,
    providerMetadata: unknown,
    ctx?: Context,
  ): Promise<AuthIdentityRow> {
    const identity = await this.createAuthIdentities(
      {
        app_metadata: {},
        provider_identities: [{ entity_id: entityId, provider, provider_metadata: providerMetadata }],
      } as never,
      ctx,
    );
    return this.retrieveAuthIdentity(identity.id, {}, ctx);
  }

  private async findProviderIdentity(
    provider: string,
    entityId: string,
    ctx?: Context,
  ): Promise<Row<"ProviderIdentity"> | undefined> {
    const [row] = await this.listProviderIdentities({ provider, entity_id: entityId }, { take: 1 }, ctx);
    return row;
  }
}
