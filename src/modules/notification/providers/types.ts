/** What a provider is asked to send. */
export interface NotificationMessage {
  to: string;
  channel: string;
  template: string;
  data: Record<string, unknown>;
}

/**
 * A way to deliver notifications (email, SMS, push, …). Implement `send` and list the provider in
 * the notification module's options; `id` names it there.
 */
export interface NotificationProvider {
  readonly id: string;
  /** Delivers the message; returns the provider's own id for it, when it has one. */
  send(message: NotificationMessage): Promise<{ externalId?: string }>;
}
