import { searchEn, searchVi } from "../../i18n/areas/search.ts";
import type { Locale } from "../../i18n/index.ts";

export type SearchKey = keyof typeof searchVi;
export type SearchText = (key: SearchKey, values?: Record<string, string | number>) => string;

/** `{name}` placeholders of a dictionary string replaced by their values. */
function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}

/** The search area's strings in one language, for islands (they cannot reach the merged dictionaries). */
export function searchStrings(locale: Locale): SearchText {
  const dictionary: Record<SearchKey, string> = locale === "en" ? searchEn : searchVi;
  return (key, values) => fill(dictionary[key], values);
}

type PluralBase = SearchKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** The `.one` or `.other` form of `base` for `count` (Intl's plural rules), filled with `{ count }`. */
export function pluralText(
  t: SearchText,
  locale: Locale,
  base: PluralBase,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const form = new Intl.PluralRules(locale).select(count) === "one" ? "one" : "other";
  return t(`${base}.${form}` as SearchKey, { count, ...values });
}
