import type { ArtisanDocument, ArtisanIndexOnlyFields } from "@kontum/search-config/artisans";
import type { SearchLanguage } from "@kontum/search-config/products";
import {
  CRAFT_NAMES_EN,
  CRAFT_NAMES_VI,
  ETHNIC_GROUP_NAMES_EN,
  ETHNIC_GROUP_NAMES_VI,
} from "../../modules/craft/vocabulary";
import type { ArtisanSearchRow } from "./artisan-row";
import { ARTISAN_TITLE_NAMES } from "./artisan-title-names";
import type { VillageNames } from "./village-names";

const CRAFT_NAMES = { vi: CRAFT_NAMES_VI, en: CRAFT_NAMES_EN } as const;
const ETHNIC_GROUP_NAMES = { vi: ETHNIC_GROUP_NAMES_VI, en: ETHNIC_GROUP_NAMES_EN } as const;
const OTHER: Record<SearchLanguage, SearchLanguage> = { vi: "en", en: "vi" };

/** Longest bio kept in a document, in characters (before the "…"). */
export const BIO_EXCERPT_LENGTH = 280;

export type ArtisanIndexDocument = ArtisanDocument & ArtisanIndexOnlyFields;

/** The search document of an artisan row, texts in the index's language. */
export function toArtisanDocument(
  row: ArtisanSearchRow,
  language: SearchLanguage,
  villages: VillageNames,
): ArtisanIndexDocument {
  const crafts = row.crafts ?? [];
  const ethnicGroup = row.ethnic_group;
  const title = row.title;
  const other = OTHER[language];
  return {
    id: row.id,
    handle: row.handle,
    name: row.display_name,
    title,
    title_name: title ? ARTISAN_TITLE_NAMES[language][title] : null,
    village: row.village_handle,
    village_name: villages[language].get(row.village_handle) ?? villages.vi.get(row.village_handle) ?? null,
    ethnic_group: ethnicGroup,
    ethnic_group_name: ETHNIC_GROUP_NAMES[language][ethnicGroup],
    crafts,
    craft_names: crafts.map((craft) => CRAFT_NAMES[language][craft]),
    bio: bioExcerpt(row.bio ?? ""),
    portrait_url: row.photo_url || null,
    product_count: (row.products ?? []).filter((product) => product?.status === "published").length,
    sample: row.metadata?.sample === true,
    language,
    other_names: [
      ...crafts.map((craft) => CRAFT_NAMES[other][craft]),
      ETHNIC_GROUP_NAMES[other][ethnicGroup],
    ],
  };
}

/**
 * A bio as plain text for a hit: Markdown marks and line breaks dropped, cut at the last word that fits
 * in BIO_EXCERPT_LENGTH characters, with "…" when something was cut.
 */
export function bioExcerpt(bio: string, length = BIO_EXCERPT_LENGTH): string {
  const plain = bio
    .normalize("NFC")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (plain.length <= length) return plain;
  const cut = plain.slice(0, length + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : plain.slice(0, length)).replace(/[\s,;:.]+$/, "")}…`;
}
