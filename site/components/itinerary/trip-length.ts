import type { DictionaryKey } from "../../i18n/vi.ts";

/** "1 day", "2 days": the length of a trip in words. */
export function tripLength(days: number, t: (key: DictionaryKey) => string): string {
  return days === 1
    ? t("content.itineraries.oneDay")
    : t("content.itineraries.days").replace("{days}", String(days));
}
