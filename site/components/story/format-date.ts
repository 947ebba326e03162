/**
 * A calendar date (front matter `YYYY-MM-DD`, read as midnight UTC) in words: "5 tháng 5, 2025",
 * "May 5, 2025". Formatted in UTC so that no server time zone moves it to the day before.
 */
export function formatDate(date: Date, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** The same date for `<time datetime>` and JSON-LD: `2025-05-05`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
