import type { Settings } from "meilisearch" with { "resolution-mode": "import" };
import type { ArtisanTitle, Craft, EthnicGroup } from "../commerce/src/modules/craft/vocabulary.ts";
import type { SearchLanguage } from "./products.ts";
import { synonyms } from "./synonyms.ts";
import { shortSyllableTypoTolerance } from "./typo-tolerance.ts";

/**
 * Artisan indexes, one per language like the products': the bio is translated (Translation Module,
 * locale en-US) and the craft, ethnic-group and village names differ by language. Medusa's Search Module
 * owns them (commerce/src/search/artisans.ts) and keeps each in a versioned physical index
 * (`artisans_v1`, …). Query them by these names through Medusa's POST /store/search.
 */
export const ARTISAN_INDEXES = { vi: "artisans", en: "artisans-en-US" } as const satisfies Record<
  SearchLanguage,
  string
>;

/**
 * One artisan as the artisan indexes hold it, texts in the index's language. Every artisan the store
 * lists (GET /store/artisans: all that are not deleted) is indexed; a deleted one is removed.
 */
export interface ArtisanDocument {
  /** Medusa artisan id, `art_…`: the primary key. */
  id: string;
  /** URL handle: `/artisans/<handle>` (vi), `/en/artisans/<handle>` (en). */
  handle: string;
  /** Name as the artisan writes it ("A Plưh", "Y Bloi"); the same in both languages. */
  name: string;
  /** State title code, or null. */
  title: ArtisanTitle | null;
  /** Its name in the index's language ("Nghệ nhân Ưu tú", "Meritorious Artisan"), or null. */
  title_name: string | null;
  /** Handle of the village in content/villages, e.g. `kon-k-tu` (filter on this). */
  village: string;
  /** The village's name from content/villages in the index's language ("Làng Kon K'Tu"); null if unknown. */
  village_name: string | null;
  /** Ethnic-group code (filter on this). */
  ethnic_group: EthnicGroup;
  /** Its name in the index's language ("Xơ Đăng", "Xơ Đăng (Sedang)"). */
  ethnic_group_name: string;
  /** Craft codes (filter on these). */
  crafts: Craft[];
  /** Their names in the index's language ("Dệt thổ cẩm", "Brocade weaving"), in the same order. */
  craft_names: string[];
  /** The bio in the index's language as plain text, cut to about 280 characters at a word ("…" if cut). */
  bio: string;
  /** Absolute URL of the portrait, or null (the storefront shows a placeholder). */
  portrait_url: string | null;
  /** Published products linked to the artisan. */
  product_count: number;
  /** Invented for the demo (`metadata.sample`): the storefront says so. */
  sample: boolean;
  /** The index's language. */
  language: SearchLanguage;
}

/**
 * Index-only fields: searchable, never returned in hits. `other_names` holds the craft and ethnic-group
 * names of the other language, as in the product indexes ("Brocade weaving" in the Vietnamese index), so
 * a typo or prefix of the other language's word still finds the artisan.
 */
export interface ArtisanIndexOnlyFields {
  other_names: string[];
}

/** Fields that match only exactly (no typo tolerance). */
const EXACT_ATTRIBUTES = ["id", "handle"];

/**
 * Meilisearch settings of the Vietnamese artisan index, applied by Medusa's Search Module through the
 * index definitions' `settings.provider_options.meilisearch`; a change makes the module build a new
 * index version and swap it in. Synonyms and typo tolerance are the products'.
 */
export const artisanSettings = {
  /** In order of weight: Meilisearch ranks a match in an earlier attribute higher. */
  searchableAttributes: [
    "name",
    "craft_names",
    "village_name",
    "ethnic_group_name",
    "title_name",
    "bio",
    "other_names",
  ],
  filterableAttributes: ["village", "ethnic_group", "crafts", "title", "language", "id", "handle"],
  sortableAttributes: ["name", "product_count"],
  /** Meilisearch's order, then artisans with more products first among equally good matches. */
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness", "product_count:desc"],
  typoTolerance: shortSyllableTypoTolerance(EXACT_ATTRIBUTES),
  synonyms,
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["vie"] }],
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
} satisfies Settings;

/** Settings of each language's artisan index: the same, analysed as Vietnamese or English. */
export const artisanSettingsByLanguage = {
  vi: artisanSettings,
  en: { ...artisanSettings, localizedAttributes: [{ attributePatterns: ["*"], locales: ["eng"] }] },
} satisfies Record<SearchLanguage, Settings>;
