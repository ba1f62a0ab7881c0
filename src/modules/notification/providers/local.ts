import type { Logger } from "../../../framework/logger.ts";
import type { NotificationMessage, NotificationProvider } from "./types.ts";

/** The default provider: writes the notification to the log instead of sending it. */
export class LocalNotificationProvider implements NotificationProvider {
  readonly id = "local";

  constructor(private readonly logger: Logger) {}

  async send(message: NotificationMessage): Promise<{ externalId?: string }> {
    this.logger.info({ to: message.to, channel: message.channel, template: message.template }, "notification (local provider)");
    return {};
  }
}
