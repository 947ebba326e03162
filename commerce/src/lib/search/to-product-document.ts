import type { ProductDocument, ProductIndexOnlyFields, SearchLanguage } from "@kontum/search-config/products";
import {
  CRAFT_NAMES_EN,
  CRAFT_NAMES_VI,
  CRAFTS,
  ETHNIC_GROUP_NAMES_EN,
  ETHNIC_GROUP_NAMES_VI,
  ETHNIC_GROUPS,
  type Craft,
  type EthnicGroup,
} from "../../modules/craft/vocabulary";
import type { ProductSearchRow, ProductSearchVariantRow } from "./product-row";
import type { VillageNames } from "./village-names";

const CRAFT_NAMES = { vi: CRAFT_NAMES_VI, en: CRAFT_NAMES_EN } as const;
const ETHNIC_GROUP_NAMES = { vi: ETHNIC_GROUP_NAMES_VI, en: ETHNIC_GROUP_NAMES_EN } as const;
const OTHER: Record<SearchLanguage, SearchLanguage> = { vi: "en", en: "vi" };

export type ProductIndexDocument = ProductDocument & ProductIndexOnlyFields;

/** The search document of a product row, texts in the index's language. */
export function toProductDocument(
  row: ProductSearchRow,
  language: SearchLanguage,
  villages: VillageNames,
): ProductIndexDocument {
  const profile = row.craft_profile ?? null;
  const artisan = row.artisan ?? null;
  const craft = asCraft(profile?.craft);
  const ethnicGroup = asEthnicGroup(profile?.ethnic_group ?? artisan?.ethnic_group);
  const village = profile?.village_handle ?? artisan?.village_handle ?? null;
  const variants = (row.variants ?? []).filter((variant) => variant !== null);
  const other = OTHER[language];
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    subtitle: row.subtitle || null,
    description: row.description || null,
    status: "published",
    thumbnail: row.thumbnail || null,
    craft,
    craft_name: craft ? CRAFT_NAMES[language][craft] : null,
    ethnic_group: ethnicGroup,
    ethnic_group_name: ethnicGroup ? ETHNIC_GROUP_NAMES[language][ethnicGroup] : null,
    village,
    village_name: village ? (villages[language].get(village) ?? villages.vi.get(village) ?? null) : null,
    artisan: artisan?.handle ?? null,
    artisan_name: artisan?.display_name ?? null,
    materials: (profile?.materials ?? []).flatMap((material) => {
      const name = language === "en" ? (material.name.en ?? material.name.vi) : material.name.vi;
      return name ? [name] : [];
    }),
    price_vnd: lowestPrice(variants, "vnd"),
    price_usd: lowestPrice(variants, "usd"),
    in_stock: variants.some(canBeOrdered),
    ocop_stars: profile?.ocop_stars ?? null,
    sample: row.metadata?.sample === true,
    language,
    created_at: new Date(row.created_at).toISOString(),
    sales_channel_ids: (row.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : [])),
    other_names: [
      ...(craft ? [CRAFT_NAMES[other][craft]] : []),
      ...(ethnicGroup ? [ETHNIC_GROUP_NAMES[other][ethnicGroup]] : []),
    ],
  };
}

/**
 * The lowest list price of any variant in the currency, in major units as Medusa stores them. Prices of
 * price lists (sales) and quantity tiers are left out: the index shows what one item costs.
 */
export function lowestPrice(variants: ProductSearchVariantRow[], currency: string): number | null {
  const amounts = variants.flatMap((variant) =>
    (variant.prices ?? []).flatMap((price) =>
      price &&
      price.currency_code.toLowerCase() === currency &&
      !price.price_list_id &&
      Number(price.min_quantity ?? 1) <= 1
        ? [Number(price.amount)]
        : [],
    ),
  );
  const finite = amounts.filter((amount) => Number.isFinite(amount));
  return finite.length ? Math.min(...finite) : null;
}

/** A variant can be ordered now: stock not tracked, backorders allowed, or a whole unit available. */
export function canBeOrdered(variant: ProductSearchVariantRow): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) return true;
  const items = (variant.inventory_items ?? []).filter((item) => item !== null);
  if (!items.length) return false;
  return items.every((item) => {
    const available = (item.inventory?.location_levels ?? []).reduce(
      (sum, level) => sum + (level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0),
      0,
    );
    return available >= Math.max(1, Number(item.required_quantity ?? 1));
  });
}

function asCraft(value: string | null | undefined): Craft | null {
  return CRAFTS.find((craft) => craft === value) ?? null;
}

function asEthnicGroup(value: string | null | undefined): EthnicGroup | null {
  return ETHNIC_GROUPS.find((group) => group === value) ?? null;
}
