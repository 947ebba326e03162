import type { HttpTypes } from "@medusajs/types";
import { sdk } from "./client.ts";
import { cacheFor } from "../ttl-cache.ts";
import { callMedusa } from "./errors.ts";

/** A currency the storefront sells in: "vnd" (region Việt Nam) or "usd" (International). */
export type StoreCurrency = "vnd" | "usd";

/**
 * Regions change rarely (an admin edit) and every commerce page needs one before its own request:
 * kept for a minute, so a page usually makes one call to Medusa, not two in a row.
 */
const REGION_TTL_MS = 60_000;

const regionLoaders: Record<StoreCurrency, () => Promise<HttpTypes.StoreRegion | undefined>> = {
  vnd: cacheFor(REGION_TTL_MS, () => loadRegion("vnd")),
  usd: cacheFor(REGION_TTL_MS, () => loadRegion("usd")),
};

/** The region that sells in `currency`, or undefined when Medusa has none (the seed was not run). */
export function retrieveRegionByCurrency(
  currency: StoreCurrency,
): Promise<HttpTypes.StoreRegion | undefined> {
  return regionLoaders[currency]();
}

async function loadRegion(currency: StoreCurrency): Promise<HttpTypes.StoreRegion | undefined> {
  const { regions } = await callMedusa("list regions", () =>
    sdk.store.region.list({ currency_code: currency, fields: "id,name,currency_code", limit: 1 }),
  );
  return regions.find((region) => region.currency_code === currency);
}
