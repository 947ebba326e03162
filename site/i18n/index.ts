import type { AstroGlobal } from "astro";
import { getRelativeLocaleUrl } from "astro:i18n";
import { en } from "./en.ts";
import { vi, type Dictionary, type DictionaryKey } from "./vi.ts";

/** The site's languages, as configured in `astro.config.mjs` (`i18n.locales`). Vietnamese first. */
export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

const dictionaries: Record<Locale, Dictionary> = { vi, en };

/** Each language named in itself, as the language switcher shows it on every page. */
export const LOCALE_NAMES: Record<Locale, string> = { vi: "Tiếng Việt", en: "English" };

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly (string | undefined)[]).includes(value);
}

/** A locale string (e.g. `Astro.currentLocale`) as one of ours; anything else is Vietnamese. */
export function toLocale(current: string | undefined): Locale {
  return isLocale(current) ? current : DEFAULT_LOCALE;
}

/** The page's locale from Astro's i18n routing: `/` is Vietnamese, `/en/...` English. */
export function getLocale(astro: Pick<AstroGlobal, "currentLocale">): Locale {
  return toLocale(astro.currentLocale);
}

/** `t("home.title")` in the given locale. */
export function useTranslations(locale: Locale): (key: DictionaryKey) => string {
  const dictionary = dictionaries[locale];
  return (key) => dictionary[key];
}

/** The same page in another locale: strips the current locale's prefix and adds the target's. */
export function localizedPath(pathname: string, from: Locale, to: Locale): string {
  const withoutPrefix =
    from === DEFAULT_LOCALE ? pathname : pathname.replace(new RegExp(`^/${from}(?=/|$)`), "");
  return getRelativeLocaleUrl(to, withoutPrefix.replace(/^\//, ""));
}

/** BCP 47 tag with a region, for Intl (number and date formats). */
export function intlLocale(locale: Locale): string {
  return locale === "vi" ? "vi-VN" : "en-US";
}
