import type { Settings } from "meilisearch" with { "resolution-mode": "import" };
import type { Craft, EthnicGroup } from "../commerce/src/modules/craft/vocabulary.ts";
import { synonyms } from "./synonyms.ts";
import { shortSyllableTypoTolerance } from "./typo-tolerance.ts";

/** The languages the search indexes are written in: Vietnamese (default) and English. */
export type SearchLanguage = "vi" | "en";

/**
 * Product indexes, one per language. Medusa's Search Module owns them (commerce/src/search/products.ts):
 * it names the default locale's index `products` and the others `products-<locale>`, and keeps each in a
 * versioned physical index (`products_v1`, …) that it swaps when the definition changes. Query them by
 * these names through Medusa's POST /store/search.
 */
export const PRODUCT_INDEXES = { vi: "products", en: "products-en-US" } as const satisfies Record<
  SearchLanguage,
  string
>;

/** Medusa's locale of each language (Translation Module; Vietnamese texts are the records' own). */
export const PRODUCT_LOCALES = { vi: "vi-VN", en: "en-US" } as const satisfies Record<SearchLanguage, string>;

/**
 * One published product as the product indexes hold it, texts in the index's language.
 * Only products with status `published` are indexed; a product that is unpublished or deleted is removed.
 */
export interface ProductDocument {
  /** Medusa product id, `prod_…`: the primary key. */
  id: string;
  /** URL handle: `/products/<handle>` (vi), `/en/products/<handle>` (en). */
  handle: string;
  title: string;
  subtitle: string | null;
  description: string | null;
  /** Always `published` in the index (the store route also filters on it). */
  status: "published";
  /** Absolute image URL. */
  thumbnail: string | null;
  /** Craft code of the vocabulary (commerce/src/modules/craft/vocabulary.ts); null without a craft profile. */
  craft: Craft | null;
  /** The craft's name in the index's language ("Dệt thổ cẩm", "Brocade weaving"). */
  craft_name: string | null;
  /** Ethnic-group code (the craft profile's, else the maker's). */
  ethnic_group: EthnicGroup | null;
  /** The group's name in the index's language ("Xơ Đăng", "Xơ Đăng (Sedang)"). */
  ethnic_group_name: string | null;
  /** Handle of the village in content/villages (the craft profile's, else the maker's). */
  village: string | null;
  /** The village's name from content/villages in the index's language ("Làng Kon K'Tu"). */
  village_name: string | null;
  /** Handle of the maker (Medusa artisan). */
  artisan: string | null;
  /** The maker's display name. */
  artisan_name: string | null;
  /** Names of the materials in the index's language ("sợi bông", "cotton thread"). */
  materials: string[];
  /** Lowest variant price in đồng (VND has no minor unit: 450000 is 450 000 ₫); null without a VND price. */
  price_vnd: number | null;
  /** Lowest variant price in US dollars, major units as Medusa stores them (18.5); null without one. */
  price_usd: number | null;
  /** Some variant can be ordered now: stock not tracked, backorders allowed, or stock above 0. */
  in_stock: boolean;
  /** OCOP rating 3–5, or null. */
  ocop_stars: number | null;
  /** Invented for the demo (`metadata.sample`): the storefront says so. */
  sample: boolean;
  /** The index's language. */
  language: SearchLanguage;
  /**
   * When the product was created, as an ISO 8601 string ("2026-05-01T08:30:00.000Z"): the Search Module's
   * `date` field. Meilisearch keeps a hidden `created_at__ts` (epoch ms) beside it for sorting and
   * filtering; ask for `pagination.order: { created_at: "DESC" }` and the provider uses it.
   */
  created_at: string;
  /** Sales channels the product is sold in; /store/search keeps only the publishable key's. */
  sales_channel_ids: string[];
}

/**
 * Index-only fields: searchable, never returned in hits. `other_names` holds the craft and ethnic-group
 * names of the other language ("Brocade weaving", "Sedang" in the Vietnamese index), so a foreign visitor
 * on the Vietnamese pages who types "brocad" still finds the thổ cẩm items (synonyms only match whole
 * words, typos and prefixes need the word in the document).
 */
export interface ProductIndexOnlyFields {
  other_names: string[];
}

/** Fields that match only exactly (no typo tolerance). */
const EXACT_ATTRIBUTES = ["id", "handle"];

/**
 * Meilisearch settings of the Vietnamese product index. Medusa's Search Module applies them through the
 * index definitions' `settings.provider_options.meilisearch`; a change makes the module build a new
 * index version and swap it in.
 */
export const productSettings = {
  /** In order of weight: Meilisearch ranks a match in an earlier attribute higher. */
  searchableAttributes: [
    "title",
    "craft_name",
    "ethnic_group_name",
    "village_name",
    "artisan_name",
    "materials",
    "subtitle",
    "description",
    "other_names",
  ],
  filterableAttributes: [
    "craft",
    "ethnic_group",
    "village",
    "artisan",
    "price_vnd",
    "price_usd",
    "in_stock",
    "ocop_stars",
    "language",
    "status",
    "sales_channel_ids",
    "id",
    "handle",
  ],
  sortableAttributes: ["price_vnd", "price_usd", "created_at"],
  /**
   * A chosen sort (price, newest) ranks right after the number of query words matched, so "cheapest
   * first" is in price order among the items that match the whole query, not only within ties of
   * relevance as with Meilisearch's default order (sort after attribute).
   */
  rankingRules: ["words", "sort", "typo", "proximity", "attribute", "exactness"],
  typoTolerance: shortSyllableTypoTolerance(EXACT_ATTRIBUTES),
  synonyms,
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["vie"] }],
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
  pagination: { maxTotalHits: 1000 },
} satisfies Settings;

/** Settings of each language's product index: the same, analysed as Vietnamese or English. */
export const productSettingsByLanguage = {
  vi: productSettings,
  en: { ...productSettings, localizedAttributes: [{ attributePatterns: ["*"], locales: ["eng"] }] },
} satisfies Record<SearchLanguage, Settings>;
