/**
 * The language of a tag's page. The QR code holds the language-neutral Digital Link (`/01/…`), which is
 * the Vietnamese page; a phone that prefers English (or any language but Vietnamese) is sent to its
 * English twin (`/en/01/…`). `?lang=vi` (the language switcher's link back) keeps Vietnamese.
 */

/** The query flag that keeps the Vietnamese page whatever the browser prefers. */
export const KEEP_VIETNAMESE = { name: "lang", value: "vi" } as const;

/** `?lang=vi`: appended to links that lead to a Vietnamese trace page from within the site. */
export const KEEP_VIETNAMESE_QUERY = `?${KEEP_VIETNAMESE.name}=${KEEP_VIETNAMESE.value}`;

interface LanguageRange {
  /** Lower-cased, e.g. "en-us", "vi", "*". */
  tag: string;
  q: number;
}

/** The ranges of an Accept-Language header with their weights (RFC 9110 §12.5.4); malformed parts skipped. */
function parseAcceptLanguage(header: string): LanguageRange[] {
  return header.split(",").flatMap((part) => {
    const [range = "", ...params] = part.trim().split(";");
    const tag = range.trim().toLowerCase();
    if (!/^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/.test(tag)) return [];
    const weight = params.map((param) => /^\s*q=([01](\.\d{0,3})?)\s*$/.exec(param)?.[1]).find(Boolean);
    return [{ tag, q: weight === undefined ? 1 : Number(weight) }];
  });
}

/** The best weight the ranges give a primary language ("en" matches "en" and "en-GB"). */
function weightOf(ranges: LanguageRange[], language: string): number {
  return Math.max(
    0,
    ...ranges.filter((r) => r.tag === language || r.tag.startsWith(`${language}-`)).map((r) => r.q),
  );
}

/**
 * Whether a buyer with this Accept-Language is better served in English: English weighs more than
 * Vietnamese, or the header names neither but some other language (a foreign phone, e.g. French or
 * Korean, reads English more likely than Vietnamese). No header, `*` alone or a tie: Vietnamese.
 */
export function prefersEnglish(header: string | null | undefined): boolean {
  if (!header) return false;
  const ranges = parseAcceptLanguage(header);
  const vi = weightOf(ranges, "vi");
  const en = weightOf(ranges, "en");
  if (vi === 0 && en === 0) return ranges.some((range) => range.tag !== "*" && range.q > 0);
  return en > vi;
}

/**
 * Where to send a request for a Vietnamese trace page (`rawPath` as requested, percent-encoding kept),
 * or null to answer it here: the English twin when the browser prefers English and `?lang=vi` is absent.
 */
export function englishRedirect(rawPath: string, search: URLSearchParams, acceptLanguage: string | null) {
  if (search.get(KEEP_VIETNAMESE.name) === KEEP_VIETNAMESE.value) return null;
  return prefersEnglish(acceptLanguage) ? `/en${rawPath}` : null;
}

/**
 * The redirect of a Vietnamese trace URL to its English twin. Temporary (302): the same URL answers
 * other browsers in Vietnamese, so shared caches keep one answer per Accept-Language (`Vary`).
 */
export function englishRedirectResponse(location: string, cacheControl: string): Response {
  return new Response(null, {
    status: 302,
    headers: { Location: location, Vary: "Accept-Language", "Cache-Control": cacheControl },
  });
}
