import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { ApiKeyAuthenticator } from "../../framework/http/credentials.ts";
import type { PublishableKeyContext } from "../../framework/http/types.ts";
import { EventCache } from "../../framework/cache/event-cache.ts";
import type { EventBus } from "../../framework/events/types.ts";
import { ModuleService, type Context, type ModuleCradle, type Row } from "../../framework/modules/service-factory.ts";
import { hashToken, randomToken, tokenMatches } from "../../framework/crypto/tokens.ts";
import { ApiKey } from "./models.ts";

export type ApiKeyType = "publishable" | "secret";

export interface IssueApiKeyInput {
  title: string;
  type: ApiKeyType;
  created_by?: string | null;
  sales_channel_ids?: string[];
}

/** A key as it may be shown: never the secret's hash. */
export type PublicApiKey = Omit<Row<"ApiKey">, "token"> & { token: string | null };

/** Hides a secret key's stored hash; a publishable key is public, its token stays. */
export function toPublicApiKey(row: Row<"ApiKey">): PublicApiKey {
  return { ...row, token: row.type === "publishable" ? row.token : null };
}

/** The events after which a publishable key may answer differently (revoked, or its channels changed). */
const KEY_EVENTS = ["api_key.created", "api_key.updated", "api_key.revoked", "api_key.deleted"];

export default class ApiKeyModuleService extends ModuleService({ ApiKey }) implements ApiKeyAuthenticator {
  // Every storefront request presents its publishable key: live keys are kept per process and
  // dropped when a key event is delivered, or at once when this process revokes one.
  private readonly publishableKeys: EventCache<PublishableKeyContext | null>;

  constructor(cradle: ModuleCradle & { eventBus?: EventBus }, options?: unknown) {
    super(cradle, options);
    this.publishableKeys = new EventCache(cradle.eventBus, { events: KEY_EVENTS });
  }

  /**
   * Creates keys. The returned `token` of a secret key is the only time it is ever shown: only
   * its SHA-256 is stored (`sk_…`); publishable keys (`pk_…`) are stored as they are.
   */
  async issueApiKeys(input: IssueApiKeyInput[], ctx?: Context): Promise<{ apiKey: PublicApiKey; token: string }[]> {
    return this.transaction(async (c) => {
      const issued: { apiKey: PublicApiKey; token: string }[] = [];
      for (const [index, key] of input.entries()) {
        if (!key.title.trim())
          throw new TesseraError(TesseraError.Types.INVALID_DATA, "Title must not be empty", {
            field: [String(index), "title"],
          });
        if (key.type === "secret" && key.sales_channel_ids?.length)
          throw new TesseraError(TesseraError.Types.INVALID_DATA, "Only publishable keys have sales channels", {
            field: [String(index), "salesChannelIds"],
          });
        const token = randomToken(key.type === "secret" ? "sk_" : "pk_");
        const row = await this.createApiKeys(
          {
            title: key.title.trim(),
            type: key.type,
            created_by: key.created_by ?? null,
            token: key.type === "secret" ? hashToken(token) : token,
            redacted: key.type === "secret" ? `${token.slice(0, 6)}…${token.slice(-4)}` : token,
            sales_channel_ids: key.sales_channel_ids ?? [],
          },
          c,
        );
        issued.push({ apiKey: toPublicApiKey(row), token });
      }
      return issued;
    }, ctx);
  }

  /**
   * Revokes keys: they stop authenticating at once in this process, and on other servers once
   * `api_key.revoked` reaches them (their key cache's TTL bounds it). Revoking twice is NOT_ALLOWED.
   */
  async revokeApiKeys(ids: string[], revokedBy: string | null, ctx?: Context): Promise<PublicApiKey[]> {
    this.publishableKeys.clear();
    return this.transaction(async (c) => {
      const keys = await Promise.all(ids.map((id) => this.retrieveApiKey(id, {}, c)));
      const revoked = keys.find((k) => k.revoked_at);
      if (revoked)
        throw new TesseraError(TesseraError.Types.NOT_ALLOWED, `API key ${revoked.id} is already revoked`, {
          field: ["id"],
        });
      const rows = await this.updateApiKeys(
        ids.map((id) => ({ id, revoked_at: new Date(), revoked_by: revokedBy })),
        c,
      );
      return rows.map(toPublicApiKey);
    }, ctx);
  }

  async authenticateSecretKey(token: string): Promise<{ id: string } | null> {
    if (!token.startsWith("sk_")) return null;
    const [key] = await this.listApiKeys({ token: hashToken(token), type: "secret", revoked_at: null }, { take: 1 });
    if (!key || !tokenMatches(token, key.token)) return null;
    return { id: key.id };
  }

  /** A live publishable key's context; live keys are cached (see KEY_EVENTS), unknown tokens never are. */
  async authenticatePublishableKey(token: string): Promise<PublishableKeyContext | null> {
    if (!token.startsWith("pk_")) return null;
    const found = await this.publishableKeys.get(token, async () => {
      const [key] = await this.listApiKeys({ token, type: "publishable", revoked_at: null }, { take: 1 });
      return key ? { key: key.token, sales_channel_ids: key.sales_channel_ids } : null;
    });
    if (!found) this.publishableKeys.delete(token);
    return found;
  }
}
