import { frontendUrl } from "../framework/http/frontend-url.ts";
import type { SubscriberArgs, SubscriberConfig } from "../framework/events/types.ts";
import type { EmailVerificationEvent } from "../modules/auth/events.ts";

/**
 * Emails the link that finishes a registration. The frontend page it opens posts the token to
 * `/auth/:actor_type/emailpass/verify` and continues with the token it gets back.
 */
export default async function sendEmailVerificationHandler({
  event: {
    data: { entity_id: email, token, actor_type },
  },
  container,
}: SubscriberArgs<EmailVerificationEvent>) {
  const config = container.resolve("configModule");
  await container.resolve("notification").createNotifications({
    to: email,
    channel: "email",
    template: "verify-email-template",
    data: { url: frontendUrl(config, actor_type, "/verify-email", { token, actor_type }) },
  });
}

export const config: SubscriberConfig = {
  event: "auth.email_verification",
};
