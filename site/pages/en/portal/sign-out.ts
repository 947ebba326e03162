import type { APIRoute } from "astro";
import { getLocale } from "../../../i18n/index.ts";
import { portalPath } from "../../../lib/portal/paths.ts";
import { clearSession, seeOther } from "../../../lib/portal/session.ts";

// Signing out: the session cookie is removed, then the sign-in page says so.
export const prerender = false;

export const POST: APIRoute = (context) => {
  clearSession(context.cookies);
  const response = seeOther(portalPath(getLocale(context), "login", { signed_out: "1" }));
  return response;
};
