/** Vietnamese writes month names in lower case inside a sentence ("vào tháng 10"); Intl gives "Tháng 10". */
const LOWER_CASE_MONTHS = ["vi"];

/**
 * Month numbers (1–12) as words in a language, joined as a list: "October, November and December",
 * "tháng 10, tháng 11 và tháng 12". `intlLocale` is a BCP 47 tag such as "vi-VN".
 */
export function formatMonths(months: readonly number[], intlLocale: string): string {
  const language = intlLocale.split("-")[0] ?? intlLocale;
  const names = new Intl.DateTimeFormat(intlLocale, { month: "long", timeZone: "UTC" });
  const words = [...months]
    .sort((a, b) => a - b)
    .map((month) => names.format(new Date(Date.UTC(2000, month - 1, 15))))
    .map((word) => (LOWER_CASE_MONTHS.includes(language) ? word.toLocaleLowerCase(intlLocale) : word));
  return new Intl.ListFormat(intlLocale, { type: "conjunction" }).format(words);
}
