import path from "node:path";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { projectRoot } from "../../framework/paths.ts";
import type { Logger } from "../../framework/logger.ts";
import { model } from "../../framework/modules/model.ts";
import { ModuleService, type Context, type ModuleCradle, type Row } from "../../framework/modules/service-factory.ts";
import { LocalNotificationProvider } from "./providers/local.ts";
import { RecordingNotificationProvider } from "./providers/recording.ts";
import type { NotificationMessage, NotificationProvider } from "./providers/types.ts";

export const NotificationRecord = model("NotificationRecord", {
  graphql: false,
  idPrefix: "noti",
  searchable: ["to", "template"],
});

/** Options of the notification module (tessera.config.ts). */
export interface NotificationModuleOptions {
  /** Provider per channel, e.g. `{ email: "local" }`; other channels use `defaultProvider`. */
  channels?: Record<string, string>;
  /** Default "local" (logs). "test" records what it sends. */
  defaultProvider?: string;
  /**
   * Where the local provider writes each message whole (relative to the project root), or false
   * for nowhere. Default `.data/outbox` in development (NODE_ENV unset or "development"), else false.
   */
  outbox?: string | false;
}

/** The local provider's outbox folder: an explicit option, else `.data/outbox` in development only. */
function outboxDir(option: string | false | undefined): string | undefined {
  const value = option ?? ((process.env.NODE_ENV ?? "development") === "development" ? ".data/outbox" : false);
  return value === false ? undefined : path.resolve(projectRoot, value);
}

export type CreateNotificationInput = Omit<NotificationMessage, "data"> & { data?: Record<string, unknown> };

export default class NotificationModuleService extends ModuleService({ NotificationRecord }) {
  private readonly providers = new Map<string, NotificationProvider>();
  private readonly options: NotificationModuleOptions;

  constructor(cradle: ModuleCradle & { logger: Logger }, options: NotificationModuleOptions = {}) {
    super(cradle, options);
    this.options = options;
    for (const provider of [
      new LocalNotificationProvider(cradle.logger, outboxDir(options.outbox)),
      new RecordingNotificationProvider(),
    ])
      this.registerProvider(provider);
    if (process.env.NODE_ENV === "production" && this.providerIdFor("email") === "local") {
      cradle.logger.warn(
        'notification: email goes to the local provider, which sends nothing: registration links and password resets reach no one. Set the notification module\'s `channels: { email: "<provider>" }`.',
      );
    }
  }

  /** The provider a channel's messages go through. */
  providerIdFor(channel: string): string {
    return this.options.channels?.[channel] ?? this.options.defaultProvider ?? "local";
  }

  /** Adds a provider (a module loader of a provider package calls this). */
  registerProvider(provider: NotificationProvider): void {
    this.providers.set(provider.id, provider);
  }

  getProvider<P extends NotificationProvider = NotificationProvider>(id: string): P {
    const provider = this.providers.get(id);
    if (!provider) throw new TesseraError(TesseraError.Types.INVALID_DATA, `Unknown notification provider ${id}`);
    return provider as P;
  }

  /**
   * Records and sends notifications through the provider of each channel; a provider failure is
   * stored on the record (status "failure") rather than thrown.
   * @example await notification.createNotifications({ to: "a@b.c", channel: "email", template: "reset-password", data: { url } })
   */
  async createNotifications(
    input: CreateNotificationInput | CreateNotificationInput[],
    ctx?: Context,
  ): Promise<Row<"NotificationRecord">[]> {
    const list = Array.isArray(input) ? input : [input];
    const out: Row<"NotificationRecord">[] = [];
    for (const message of list) {
      if (!message.to || !message.channel || !message.template) {
        throw new TesseraError(TesseraError.Types.INVALID_DATA, "A notification needs to, channel and template");
      }
      const providerId = this.providerIdFor(message.channel);
      const provider = this.getProvider(providerId);
      const record = await this.createNotificationRecords(
        { ...message, data: (message.data ?? {}) as object, provider_id: providerId },
        ctx,
      );
      try {
        const { externalId } = await provider.send({ ...message, data: message.data ?? {} });
        out.push(
          await this.updateNotificationRecords(
            { id: record.id, status: "success", external_id: externalId ?? null },
            ctx,
          ),
        );
      } catch (error) {
        out.push(
          await this.updateNotificationRecords(
            { id: record.id, status: "failure", error: error instanceof Error ? error.message : String(error) },
            ctx,
          ),
        );
      }
    }
    return out;
  }
}
