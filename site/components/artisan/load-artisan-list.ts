import { getLiveCollection } from "astro:content";
import type { StoreArtisan } from "../../../commerce/src/api/store/types.ts";
import type { Locale } from "../../i18n/index.ts";

/** Every artisan, by name (they number in the hundreds at most). Throws a CommerceError when Medusa fails. */
export async function listArtisans(locale: Locale, village?: string): Promise<StoreArtisan[]> {
  const { entries, error } = await getLiveCollection("artisans", {
    locale,
    limit: 100,
    ...(village ? { village } : {}),
  });
  if (error) throw error;
  return (entries ?? []).map((entry) => entry.data);
}

/** Artisans change rarely and carry no price: shared caches keep the list a few minutes. */
export const ARTISAN_LIST_CACHE = "public, max-age=0, s-maxage=300, stale-while-revalidate=600";
