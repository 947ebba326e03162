/**
 * Documents per seed page and per Meilisearch task when the Search Module seeds or rebuilds an index:
 * the page size of the index definitions' seeds (src/search/*.ts) and the module's `reindex.batch_size`
 * (src/search-module.ts). The module waits for each task before writing the next; its default of 100
 * makes 200 tasks, and 200 waits, of 20,000 products. 1000 makes 20, each indexed in about 0.3 s.
 */
export const SEED_BATCH_SIZE = 1000;
