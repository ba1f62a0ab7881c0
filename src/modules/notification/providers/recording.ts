import type { NotificationMessage, NotificationProvider } from "./types.ts";

/** A provider that keeps what it was asked to send: tests read `sent`. */
export class RecordingNotificationProvider implements NotificationProvider {
  readonly id = "test";
  readonly sent: NotificationMessage[] = [];

  async send(message: NotificationMessage): Promise<{ externalId?: string }> {
    this.sent.push(message);
    return { externalId: `test_${this.sent.length}` };
  }
}
