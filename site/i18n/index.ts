import { getRelativeLocaleUrl } from "astro:i18n";
import { en } from "./en.ts";
import { vi, type Dictionary, type DictionaryKey } from "./vi.ts";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

const dictionaries: Record<Locale, Dictionary> = { vi, en };

export function isLocale(value: string | undefined): value is Locale {
  return value === "vi" || value === "en";
}

/** The page's locale from Astro's i18n routing (`Astro.currentLocale`). */
export function toLocale(current: string | undefined): Locale {
  return isLocale(current) ? current : DEFAULT_LOCALE;
}

/** `t("home.title")` in the given locale. */
export function useTranslations(locale: Locale): (key: DictionaryKey) => string {
  const dictionary = dictionaries[locale];
  return (key) => dictionary[key];
}

/** The same page in another locale: strips the current locale prefix and adds the target's. */
export function localizedPath(pathname: string, from: Locale, to: Locale): string {
  const withoutPrefix =
    from === DEFAULT_LOCALE ? pathname : pathname.replace(new RegExp(`^/${from}(?=/|$)`), "");
  const rest = withoutPrefix.replace(/^\//, "");
  return getRelativeLocaleUrl(to, rest);
}

/** BCP 47 tag for Intl and `hreflang`. */
export function intlLocale(locale: Locale): string {
  return locale === "vi" ? "vi-VN" : "en-US";
}
