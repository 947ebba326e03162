/** A product with its variants' prices in one region, as the price ranking reads it. */
export interface PricedProductRow {
  id: string;
  variants?: { calculated_price?: { calculated_amount?: number | string | null } | null }[] | null;
}

export interface PriceRanking {
  /** Inclusive bounds in the region's currency (main units); either may be left out. */
  min?: number;
  max?: number;
  direction: "ASC" | "DESC";
}

/** The product's lowest variant price in the region, or null when no variant has a price there. */
export function lowestPrice(row: PricedProductRow): number | null {
  const amounts = (row.variants ?? [])
    .map((variant) => variant.calculated_price?.calculated_amount)
    .filter((amount): amount is number | string => amount !== null && amount !== undefined)
    .map(Number)
    .filter(Number.isFinite);
  return amounts.length ? Math.min(...amounts) : null;
}

/**
 * Ids of the products whose lowest price lies within the bounds, by that price (ties by id, so pages
 * never repeat a product). Unpriced products fail any bound; without bounds they come last.
 */
export function rankByLowestPrice(rows: PricedProductRow[], { min, max, direction }: PriceRanking): string[] {
  const sign = direction === "ASC" ? 1 : -1;
  return rows
    .map((row) => ({ id: row.id, price: lowestPrice(row) }))
    .filter(({ price }) =>
      min === undefined && max === undefined
        ? true
        : price !== null && (min === undefined || price >= min) && (max === undefined || price <= max),
    )
    .sort((a, b) => {
      if (a.price === null || b.price === null) {
        return (a.price === null ? 1 : 0) - (b.price === null ? 1 : 0) || a.id.localeCompare(b.id);
      }
      return sign * (a.price - b.price) || a.id.localeCompare(b.id);
    })
    .map(({ id }) => id);
}
