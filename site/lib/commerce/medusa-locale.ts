import type { Locale } from "../../i18n/index.ts";

/** Medusa's locale for each page language: Vietnamese texts are the records' own, English is en-US. */
export const MEDUSA_LOCALE: Record<Locale, string | undefined> = { vi: undefined, en: "en-US" };

/** `{ locale: "en-US" }` for English pages, nothing for Vietnamese ones: spread into a store query. */
export function localeQuery(locale: Locale): { locale?: string } {
  const medusaLocale = MEDUSA_LOCALE[locale];
  return medusaLocale ? { locale: medusaLocale } : {};
}
