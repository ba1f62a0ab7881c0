import type { ConfigModule } from "../config/types.ts";

/**
 * A link into the frontend an actor uses, for mails: the storefront (`storefrontUrl`) for
 * customers, the admin (`adminUrl`) for everyone else.
 * @example frontendUrl(config, "customer", "/verify-email", { token }) // http://localhost:8000/verify-email?token=…
 */
export function frontendUrl(
  config: ConfigModule,
  actorType: string,
  pathname: string,
  query: Record<string, string> = {},
): string {
  const { storefrontUrl, adminUrl } = config.projectConfig.http;
  const url = new URL(
    pathname.replace(/^\//, ""),
    `${(actorType === "customer" ? storefrontUrl : adminUrl).replace(/\/?$/, "/")}`,
  );
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}
