import type { HttpTypes } from "@medusajs/types";
import { sdk } from "./client.ts";
import { callMedusa } from "./errors.ts";

/** A currency the storefront sells in: "vnd" (region Việt Nam) or "usd" (International). */
export type StoreCurrency = "vnd" | "usd";

/** The region that sells in `currency`, or undefined when Medusa has none (the seed was not run). */
export async function retrieveRegionByCurrency(
  currency: StoreCurrency,
): Promise<HttpTypes.StoreRegion | undefined> {
  const { regions } = await callMedusa("list regions", () =>
    sdk.store.region.list({ currency_code: currency, fields: "id,name,currency_code", limit: 1 }),
  );
  return regions.find((region) => region.currency_code === currency);
}
