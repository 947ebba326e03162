import { cartEn, cartVi } from "../../i18n/areas/cart.ts";
import type { Locale } from "../../i18n/index.ts";

export type CartKey = keyof typeof cartVi;

/** The cart area's strings in one language, for islands (they cannot reach the merged dictionaries). */
export function cartStrings(
  locale: Locale,
): (key: CartKey, values?: Record<string, string | number>) => string {
  const dictionary: Record<CartKey, string> = locale === "en" ? cartEn : cartVi;
  return (key, values) => fill(dictionary[key], values);
}

/** "Pickup in {name}" with `{ name: "Kon K'Tu" }`: each `{key}` replaced by its value. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}
