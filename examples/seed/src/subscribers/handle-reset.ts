import type { SubscriberArgs, SubscriberConfig } from "../../../../src/framework/events/types.ts";

/**
 * The seed's "Send a Notification to Reset Password", verbatim: its literal frontend origins. It
 * replaces the product's src/subscribers/handle-reset.ts (same file name) in this project.
 */
export default async function resetPasswordTokenHandler({
  event: {
    data: { entity_id: email, token, actor_type },
  },
  container,
}: SubscriberArgs<{ entity_id: string; token: string; actor_type: string }>) {
  const urlPrefix = actor_type === "customer" ? "https://storefront.com" : "https://admin.com";
  await container.resolve("notification").createNotifications({
    to: email,
    channel: "email",
    template: "reset-password-template",
    data: {
      // a URL to a frontend application
      url: `${urlPrefix}/reset-password?token=${token}&email=${email}`,
    },
  });
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
};
