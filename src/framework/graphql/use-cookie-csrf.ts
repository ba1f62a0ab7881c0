import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import type { Plugin } from "graphql-yoga";
import { SESSION_COOKIE } from "../http/session-cookie.ts";

/** The header a browser client using the session cookie sends on /graphql (any value). */
export const CSRF_HEADER = "x-tessera-csrf";

/**
 * Cross-site request forgery protection for cookie sessions: a request that carries the session
 * cookie must either be JSON (which a foreign page cannot send without a CORS preflight) or carry
 * `x-tessera-csrf`. Form and multipart posts riding on the cookie are refused with 403. Bearer
 * tokens, API keys and publishable keys are never sent by the browser on its own, so requests
 * without the cookie pass as they are.
 */
export function useCookieCsrf(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      const cookies = payload.request.headers.get("cookie") ?? "";
      if (cookies.split(";").some((c) => c.trim().startsWith(`${SESSION_COOKIE}=`)))
        return csrf.onRequestParse?.(payload);
    },
  };
}
