/**
 * How a live collection's page learns its total, for pagination.
 *
 * Astro's `LiveDataCollection` holds entries and a cache hint only: `getLiveCollection` drops anything
 * else a loader returns. Medusa sends the total with each page, so the loader records it against the
 * filter object it was called with (`getLiveCollection` hands that very object to `loadCollection`:
 * astro/dist/content/runtime.js) and the page reads it back with the same object after the call. A
 * WeakMap keyed by the filter lives exactly as long as the page's own filter: no second request, no
 * state shared between requests, no count smuggled into every entry.
 */
export function createTotals<TFilter extends object>() {
  const totals = new WeakMap<TFilter, number>();
  return {
    /** Called by the loader with the filter it received and Medusa's count. */
    record(filter: TFilter, total: number): void {
      totals.set(filter, total);
    },
    /** The total of the last `getLiveCollection(…, filter)` made with this filter object. */
    of(filter: TFilter): number | undefined {
      return totals.get(filter);
    },
  };
}
