import type { HttpTypes } from "@medusajs/types";
import { sdk } from "./client.ts";
import { callMedusa } from "./errors.ts";

/** The region that sells in `currency` ("vnd" for Việt Nam, "usd" for international buyers). */
export async function retrieveRegionByCurrency(
  currency: "vnd" | "usd",
): Promise<HttpTypes.StoreRegion | undefined> {
  const { regions } = await callMedusa("list regions", () => sdk.store.region.list({ limit: 20 }));
  return regions.find((region) => region.currency_code === currency);
}
