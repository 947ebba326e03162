/**
 * Formats an amount as Medusa returns it (in the currency's main unit: 450000 VND is 450000,
 * 12.5 USD is 12.5) for a locale. The đồng has no minor unit, so it never shows decimals.
 */
export function formatPrice(amount: number, currencyCode: string, locale: string): string {
  const currency = currencyCode.toUpperCase();
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    currencyDisplay: "symbol",
    ...(currency === "VND" ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  }).format(amount);
}
