import type { Locale } from "../../i18n/index.ts";

/**
 * The language of a URL path by its prefix alone: `/en` and `/en/…` are English, everything else is
 * Vietnamese. Error pages use it for paths that match no route, where Astro's `currentLocale` takes any
 * segment that looks like a locale (`/villages/en` would be English).
 */
export function localeOfPath(pathname: string): Locale {
  return /^\/en(?:\/|$)/i.test(pathname) ? "en" : "vi";
}
