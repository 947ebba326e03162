import type { StoredLocalizedText } from "../../../commerce/src/modules/trace/vocabulary.ts";
import { intlLocale, type Locale } from "../../i18n/index.ts";
import { formatDate } from "../story/format-date.ts";

/** Text of a record in the page's language, and `lang` when it falls back to the Vietnamese original. */
export function localizedText(
  value: StoredLocalizedText | null | undefined,
  locale: Locale,
): { text: string; lang?: Locale } {
  if (!value) return { text: "" };
  const own = value[locale];
  return own ? { text: own } : { text: value.vi, lang: locale === "vi" ? undefined : "vi" };
}

/** A calendar day of a record ("2026-02-02") in words, in the page's language. */
export function formatDay(day: string, locale: Locale): string {
  return formatDate(new Date(`${day}T00:00:00Z`), intlLocale(locale));
}

/** An instant (ISO 8601) as the day it was in Vietnam, in words: publication dates. */
export function formatVietnamDay(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "long",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date(instant));
}
