import type { AstroCookies, AstroGlobal } from "astro";
import { getLocale, type Locale } from "../../i18n/index.ts";
import { clientIpOf } from "./client-ip.ts";
import { callMedusa } from "./medusa-api.ts";
import { portalPath } from "./paths.ts";
import { ARTISAN_COOKIE, isHttps, sessionMaxAge } from "./session-cookie.ts";
import type { PortalArtisan } from "./types.ts";

/** What a portal page's loader gets from `Astro`. */
export type PortalContext = Pick<
  AstroGlobal,
  "cookies" | "request" | "url" | "response" | "redirect" | "currentLocale" | "clientAddress"
>;

/** A portal page's outcome: its data, a redirect (e.g. to sign in), or Medusa is down (503 page). */
export type PortalRoute<T> =
  { kind: "ok"; data: T } | { kind: "redirect"; response: Response } | { kind: "unavailable" };

export interface Signed {
  artisan: PortalArtisan;
  token: string;
  locale: Locale;
  clientIp: string | undefined;
}

/** Portal pages are one artisan's own: never kept by any cache, never indexed. */
export function privatePage(context: Pick<PortalContext, "response">): void {
  context.response.headers.set("Cache-Control", "private, no-store");
  context.response.headers.set("X-Robots-Tag", "noindex");
}

export function storeSession(context: Pick<PortalContext, "cookies" | "url">, token: string): void {
  context.cookies.set(ARTISAN_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: isHttps(context.url),
    path: "/",
    maxAge: sessionMaxAge(token),
  });
}

export function clearSession(cookies: AstroCookies): void {
  cookies.delete(ARTISAN_COOKIE, { path: "/" });
}

/** 303 to another page (after a form POST the browser then GETs it). */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

/**
 * The signed-in artisan, from the cookie and `GET /artisan/me`; without a valid session, a redirect to
 * the sign-in page that comes back here afterwards.
 */
export async function requireArtisan(context: PortalContext): Promise<PortalRoute<Signed>> {
  privatePage(context);
  const locale = getLocale(context);
  const token = context.cookies.get(ARTISAN_COOKIE)?.value;
  const back = { next: context.url.pathname + context.url.search };
  if (!token) return { kind: "redirect", response: seeOther(portalPath(locale, "login", back)) };
  const clientIp = clientIpOf(context);
  const me = await callMedusa<{ artisan: PortalArtisan }>("/artisan/me", { token, clientIp });
  if (me.ok) return { kind: "ok", data: { artisan: me.data.artisan, token, locale, clientIp } };
  if (me.code === "unavailable") return { kind: "unavailable" };
  clearSession(context.cookies);
  const expired = { ...back, expired: "1" };
  return { kind: "redirect", response: seeOther(portalPath(locale, "login", expired)) };
}

/** The posted form, or undefined on GET (or a body that is not a form). */
export async function postedForm(request: Request): Promise<FormData | undefined> {
  if (request.method !== "POST") return undefined;
  try {
    return await request.formData();
  } catch {
    return undefined;
  }
}

export { field } from "./form-fields.ts";
