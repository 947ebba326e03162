import type { Settings } from "meilisearch";
import type { Craft, EthnicGroup } from "../commerce/src/modules/craft/vocabulary.ts";
import { CONTENT_LOCALIZED_ATTRIBUTES, type ContentLanguage } from "./indexes.ts";
import { synonyms } from "./synonyms.ts";
import { shortSyllableTypoTolerance } from "./typo-tolerance.ts";

/**
 * A craft village in one language: one document per entry of content/villages/<lang>/<handle>.md.
 * Built at site build from the collection (site/lib/search/content-documents.ts).
 */
export interface VillageDocument {
  /** `<lang>-<handle>`, e.g. `vi-kon-klor`. */
  id: string;
  /** The village's handle, shared with commerce's `village_handle`, e.g. `kon-klor`. */
  handle: string;
  /** Language of the texts. */
  lang: ContentLanguage;
  /** Name as shown, e.g. "Làng Kon Klor" / "Kon Klor village". */
  name: string;
  /** One or two sentences, for the hit. */
  summary: string;
  /** The longer description as plain text (no Markdown), trimmed. */
  body: string;
  /** Where it is: village, commune, province and wider area, in one line. */
  place: string;
  /** Ethnic-group code, e.g. `ba-na` (filter on this). */
  ethnic_group: EthnicGroup;
  /** Its name in `lang`, e.g. "Ba Na" / "Ba Na (Bahnar)" (searched, and shown). */
  ethnic_group_name: string;
  /** Craft codes, e.g. `["brocade-weaving", "basketry"]` (filter on these). */
  crafts: Craft[];
  /** Their names in `lang` (searched, and shown). */
  craft_names: string[];
  /** A small picture (about 480 px wide, WebP), a root-relative URL on the storefront. */
  image_url: string;
  /** Its text alternative in `lang`. */
  image_alt: string;
  /** The village's page, e.g. `/villages/kon-klor/` or `/en/villages/kon-klor/`. */
  url: string;
  /** Curated position in lists, ascending. */
  order: number;
}

/** Searchable fields, by weight: a match in the name counts most, one in the long description least. */
export const villageSettings = {
  searchableAttributes: ["name", "ethnic_group_name", "craft_names", "place", "summary", "body"],
  filterableAttributes: ["lang", "ethnic_group", "crafts", "handle"],
  sortableAttributes: ["order"],
  typoTolerance: shortSyllableTypoTolerance([]),
  synonyms,
  localizedAttributes: CONTENT_LOCALIZED_ATTRIBUTES,
} satisfies Settings;
