/** Products per catalogue page: light on a phone, few pages for this catalogue. */
export const PAGE_SIZE = 12;

/**
 * The page number of a `/products/page/<n>` segment: a whole number from 2 (page 1 is `/products`
 * itself); undefined for anything else, which is a 404.
 */
export function parsePageSegment(segment: string | undefined): number | undefined {
  if (!segment || !/^[1-9]\d{0,4}$/.test(segment)) return undefined;
  return Number(segment);
}

/** Path (without the locale prefix) of catalogue page `page`: page 1 is the catalogue's own path. */
export function pagePath(page: number): string {
  return page <= 1 ? "products" : `products/page/${page}`;
}

/**
 * Page numbers to link, with gaps: all when there are few, else the first, the last and two on each
 * side of the current one, e.g. [1, "gap", 4, 5, 6, 7, 8, "gap", 20].
 */
export function pageNumbers(current: number, total: number): (number | "gap")[] {
  const shown = [...new Set([1, total, current - 2, current - 1, current, current + 1, current + 2])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b);
  return shown.flatMap((page, i) => (i > 0 && page - shown[i - 1] > 1 ? ["gap" as const, page] : [page]));
}
