import type { StoreArtisan } from "../../../commerce/src/api/store/types.ts";
import type { Locale } from "../../i18n/index.ts";
import { CommerceError } from "../../lib/commerce/errors.ts";
import { listProducts, type ProductSummary } from "../../lib/commerce/list-products.ts";
import { retrieveRegionByCurrency, type StoreCurrency } from "../../lib/commerce/regions.ts";
import { listArtisans } from "../artisan/load-artisan-list.ts";

/** What Medusa holds about a village: its products on sale and its artisans. */
export interface VillageCommerce {
  products: ProductSummary[];
  artisans: StoreArtisan[];
  /** Medusa could not be reached: the page still shows the village, and says the shop is away. */
  commerceUnavailable: boolean;
}

/** A village's products priced in `currency`, and its artisans. Never throws for a Medusa failure. */
export async function loadVillageCommerce(
  village: string,
  locale: Locale,
  currency: StoreCurrency,
): Promise<VillageCommerce> {
  try {
    // Artisans and products are asked for side by side: one round trip less before the page starts.
    const [artisans, products] = await Promise.all([
      listArtisans(locale, village),
      retrieveRegionByCurrency(currency).then((region) =>
        region ? listProducts({ regionId: region.id, locale, village, limit: 24 }) : [],
      ),
    ]);
    return { products, artisans, commerceUnavailable: false };
  } catch (error) {
    if (!(error instanceof CommerceError)) throw error;
    console.error(`[village ${village}] ${error.message}`);
    return { products: [], artisans: [], commerceUnavailable: true };
  }
}
