import type { Locale } from "../../../i18n/index.ts";
import { sdk } from "../client.ts";
import { callMedusa } from "../errors.ts";
import { MEDUSA_LOCALE } from "../medusa-locale.ts";
import type { LineDetails } from "./cart-view.ts";

/**
 * For each variant of these cart or order lines: its product's name in the page's language, its handle (link) and the
 * units that can be ordered now (the storefront channel's stock), keyed by variant id.
 */
export async function listLineDetails(
  items: { product_id?: string | null }[],
  locale: Locale,
): Promise<Record<string, LineDetails>> {
  const productIds = [...new Set(items.flatMap((item) => item.product_id ?? []))];
  if (!productIds.length) return {};
  const medusaLocale = MEDUSA_LOCALE[locale];
  const { products } = await callMedusa("list cart products", () =>
    sdk.store.product.list(
      {
        id: productIds,
        limit: productIds.length,
        fields:
          "id,handle,title,variants.id,variants.title,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity",
      },
      medusaLocale ? { "x-medusa-locale": medusaLocale } : undefined,
    ),
  );
  const details: Record<string, LineDetails> = {};
  for (const product of products) {
    const variants = product.variants ?? [];
    for (const variant of variants) {
      const limited = variant.manage_inventory && !variant.allow_backorder;
      details[variant.id] = {
        title: product.title,
        handle: product.handle,
        variantTitle: variants.length > 1 ? (variant.title ?? null) : null,
        available: limited ? Math.max(0, variant.inventory_quantity ?? 0) : null,
      };
    }
  }
  return details;
}
