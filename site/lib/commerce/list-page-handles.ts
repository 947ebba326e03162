import type { StoreArtisansResponse } from "../../../commerce/src/api/store/types.ts";
import { sdk } from "./client.ts";
import { callMedusa } from "./errors.ts";

/** A commerce page to list in the sitemap: its handle and, when Medusa knows it, when it last changed. */
export interface PageHandle {
  handle: string;
  /** ISO 8601 time of the last change. */
  updatedAt?: string;
}

/** Both store routes answer at most 100 rows a page. */
const PAGE_SIZE = 100;

/** Reads every page of a paged list: `fetchPage(offset)` gives a page's rows and the total count. */
async function readAllPages<T>(
  fetchPage: (offset: number) => Promise<{ rows: T[]; count: number }>,
): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const { rows, count } = await fetchPage(offset);
    all.push(...rows);
    if (rows.length === 0 || offset + PAGE_SIZE >= count) return all;
  }
}

/** Handles of every published product of the storefront's sales channel (the sitemap lists their pages). */
export async function listProductHandles(): Promise<PageHandle[]> {
  return readAllPages(async (offset) => {
    const { products, count } = await callMedusa("list product handles", () =>
      sdk.store.product.list({ fields: "handle,updated_at", limit: PAGE_SIZE, offset, order: "handle" }),
    );
    const rows = products.map((product) => ({
      handle: product.handle,
      ...(product.updated_at ? { updatedAt: new Date(product.updated_at).toISOString() } : {}),
    }));
    return { rows, count };
  });
}

/** Handles of every artisan (the sitemap lists their pages). */
export async function listArtisanHandles(): Promise<PageHandle[]> {
  return readAllPages(async (offset) => {
    const { artisans, count } = await callMedusa("list artisan handles", () =>
      sdk.client.fetch<StoreArtisansResponse>("/store/artisans", { query: { limit: PAGE_SIZE, offset } }),
    );
    return { rows: artisans.map((artisan) => ({ handle: artisan.handle })), count };
  });
}
