import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../../../framework/logger.ts";
import type { NotificationMessage, NotificationProvider } from "./types.ts";

/**
 * The default provider: sends nothing. It logs that a notification went out (never its data:
 * reset and verification links are secrets) and, given an outbox folder, writes the whole
 * message there as JSON, so a developer can follow the link a real provider would have mailed.
 */
export class LocalNotificationProvider implements NotificationProvider {
  readonly id = "local";

  constructor(
    private readonly logger: Logger,
    private readonly outbox?: string,
  ) {}

  async send(message: NotificationMessage): Promise<{ externalId?: string }> {
    const fields = { to: message.to, channel: message.channel, template: message.template };
    if (!this.outbox) {
      this.logger.info(fields, "notification (local provider)");
      return {};
    }
    await mkdir(this.outbox, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${message.template}-${message.to}.json`.replace(
      /[^\w.@-]/g,
      "_",
    );
    const file = path.join(this.outbox, name);
    await writeFile(file, `${JSON.stringify(message, null, 2)}\n`, { mode: 0o600 });
    this.logger.info({ ...fields, file }, "notification (local provider) written to the outbox");
    return { externalId: file };
  }
}
