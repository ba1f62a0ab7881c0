import { frontendUrl } from "../framework/http/frontend-url.ts";
import type { SubscriberArgs, SubscriberConfig } from "../framework/events/types.ts";
import type { AccountExistsEvent } from "../modules/auth/events.ts";

/**
 * Somebody tried to register an email that has an account. The registration answered as for a
 * new one, so only the owner of the address hears of it: they can log in or reset the password.
 */
export default async function accountExistsHandler({
  event: {
    data: { entity_id: email, actor_type },
  },
  container,
}: SubscriberArgs<AccountExistsEvent>) {
  const config = container.resolve("configModule");
  await container.resolve("notification").createNotifications({
    to: email,
    channel: "email",
    template: "account-exists-template",
    data: {
      login_url: frontendUrl(config, actor_type, "/login"),
      reset_password_url: frontendUrl(config, actor_type, "/reset-password"),
    },
  });
}

export const config: SubscriberConfig = {
  event: "auth.account_exists",
};
