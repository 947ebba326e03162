/**
 * Reads one batch ahead: while the Search Module writes batch N to Meilisearch and waits for the task,
 * the query for batch N + 1 already runs, so reading products and indexing them overlap instead of
 * taking turns. At most one batch waits in memory.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = iterator.next();
      yield current.value;
    }
  } finally {
    // Stopped early (an error while writing, a lost lock): let the source close its cursor too. A read
    // already under way is awaited first, so its failure is not left unhandled.
    await next.catch(() => undefined);
    await iterator.return?.();
  }
}
