import type { StoreHomeCurationResponse } from "../../../commerce/src/modules/curation/types.ts";
import { cacheFor } from "../ttl-cache.ts";
import { sdk } from "./client.ts";
import { callMedusa, CommerceError } from "./errors.ts";

/**
 * How long the tourism office's choices are kept by this server (and by shared caches: see
 * `HOME_CURATION_CACHE`): a saved change shows within this time, with no rebuild and no restart.
 */
export const HOME_CURATION_TTL_SECONDS = 30;

const load = cacheFor(HOME_CURATION_TTL_SECONDS * 1000, () =>
  callMedusa("home curation", () => sdk.client.fetch<StoreHomeCurationResponse>("/store/curation/home")),
);

/**
 * The home page as the tourism office curated it, or null when Medusa cannot be reached (logged; the
 * caller falls back to the content's own featured villages). Never throws for a Medusa failure.
 */
export async function retrieveHomeCuration(): Promise<StoreHomeCurationResponse | null> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof CommerceError)) throw error;
    console.error(`[home] ${error.message}`);
    return null;
  }
}
