import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { systemProviderRegistration } from "./providers/system.ts";
import type { PaymentProvider, PaymentProviderRegistration } from "./providers/types.ts";

/** The id of a registered provider: `pp_<identifier>_<id>` (Medusa's). */
export const providerIdOf = (r: PaymentProviderRegistration) => `pp_${r.resolve.identifier}_${r.id}`;

/** The providers of one payment module, by id; the system provider is always there. */
export class PaymentProviderRegistry {
  private readonly byId = new Map<string, PaymentProvider>();
  private readonly configIds = new Map<string, string[]>();

  constructor(registrations: readonly PaymentProviderRegistration[] = []) {
    for (const r of [systemProviderRegistration, ...registrations]) {
      if (typeof r?.resolve?.identifier !== "string" || !r.id)
        throw new Error("payment module: each provider needs { resolve: ProviderClass, id }");
      const id = providerIdOf(r);
      if (this.byId.has(id)) throw new Error(`payment module: provider ${id} is registered twice`);
      this.byId.set(id, new r.resolve(r.options ?? {}));
      this.configIds.set(r.id, [...(this.configIds.get(r.id) ?? []), id]);
    }
  }

  /** Every registered id. */
  ids(): string[] {
    return [...this.byId.keys()];
  }

  /**
   * The full id for what a caller wrote: the id itself (`pp_test_test`), without its `pp_` (as
   * in a webhook URL, `test_test`), or the configured `id` alone when one provider has it (the
   * seed's `provider_id: "stripe"`). Unknown: INVALID_DATA.
   */
  resolveId(given: string, field: string[] = ["providerId"]): string {
    if (this.byId.has(given)) return given;
    if (this.byId.has(`pp_${given}`)) return `pp_${given}`;
    const byConfig = this.configIds.get(given) ?? [];
    if (byConfig.length === 1 && byConfig[0]) return byConfig[0];
    throw new TesseraError(TesseraError.Types.INVALID_DATA, `Payment provider ${given} is not registered`, { field });
  }

  /** The provider behind a full id. */
  get(id: string): PaymentProvider {
    const provider = this.byId.get(id);
    if (!provider)
      throw new TesseraError(TesseraError.Types.UNEXPECTED_STATE, `Payment provider ${id} is not registered`);
    return provider;
  }
}

/**
 * Runs a provider call; a failure (a declined capture, an outage) becomes NOT_ALLOWED naming the
 * provider, so the caller's transaction rolls back and the admin sees why.
 */
export async function providerCall<T>(providerId: string, what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (TesseraError.is(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new TesseraError(
      TesseraError.Types.NOT_ALLOWED,
      `Payment provider ${providerId} could not ${what}: ${reason}`,
      {
        cause: error,
      },
    );
  }
}
