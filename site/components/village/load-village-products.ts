import type { Locale } from "../../i18n/index.ts";
import { CommerceError } from "../../lib/commerce/errors.ts";
import { listProducts, type ProductSummary } from "../../lib/commerce/list-products.ts";
import { retrieveRegionByCurrency } from "../../lib/commerce/regions.ts";

/** A village's products on sale, or `unavailable` when Medusa cannot be reached (the page still shows). */
export async function loadVillageProducts(
  village: string,
  locale: Locale,
): Promise<{ products: ProductSummary[]; commerceUnavailable: boolean }> {
  try {
    const region = await retrieveRegionByCurrency("vnd");
    const products = region ? await listProducts({ regionId: region.id, locale, village, limit: 24 }) : [];
    return { products, commerceUnavailable: false };
  } catch (error) {
    if (!(error instanceof CommerceError)) throw error;
    console.error(`[village ${village}] ${error.message}`);
    return { products: [], commerceUnavailable: true };
  }
}
