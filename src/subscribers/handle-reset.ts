import { frontendUrl } from "../framework/http/frontend-url.ts";
import type { SubscriberArgs, SubscriberConfig } from "../framework/events/types.ts";

/**
 * Emails a password-reset link to the actor: the storefront's `/reset-password` for customers,
 * the admin's for everyone else (`storefrontUrl` / `adminUrl`). The page posts the token and the
 * new password to `/auth/:actor_type/emailpass/update`.
 */
export default async function resetPasswordTokenHandler({
  event: {
    data: { entity_id: email, token, actor_type },
  },
  container,
}: SubscriberArgs<{ entity_id: string; token: string; actor_type: string }>) {
  const config = container.resolve("configModule");
  await container.resolve("notification").createNotifications({
    to: email,
    channel: "email",
    template: "reset-password-template",
    data: { url: frontendUrl(config, actor_type, "/reset-password", { token, email }) },
  });
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
};
