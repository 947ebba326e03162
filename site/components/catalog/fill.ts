import type { Locale } from "../../i18n/index.ts";
import type { DictionaryKey } from "../../i18n/vi.ts";

/** A dictionary string with its `{name}` placeholders replaced: `fill("Trang {page}", { page: 2 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

type PluralBase<K extends string> = K extends `${infer Base}.one` ? Base : never;

/**
 * The `.one` or `.other` form of a key for `count`, filled with `{ [name]: count }` (Intl's plural
 * rules: Vietnamese has one form, English two).
 */
export function plural(
  t: (key: DictionaryKey) => string,
  locale: Locale,
  base: PluralBase<DictionaryKey>,
  count: number,
  name = "count",
): string {
  const form = new Intl.PluralRules(locale).select(count) === "one" ? "one" : "other";
  return fill(t(`${base}.${form}` as DictionaryKey), { [name]: count });
}
