/**
 * `load` wrapped so that a result is kept for `ttlMs` and shared by the calls made meanwhile. A failure
 * is not kept: the next call tries again.
 */
export function cacheFor<T>(
  ttlMs: number,
  load: () => Promise<T>,
  now: () => number = Date.now,
): () => Promise<T> {
  let cached: { value: Promise<T>; until: number } | undefined;
  return () => {
    if (cached && now() < cached.until) return cached.value;
    const value = load();
    const entry = { value, until: now() + ttlMs };
    cached = entry;
    value.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return value;
  };
}
