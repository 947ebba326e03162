import type { Settings } from "meilisearch";
import type { Craft, EthnicGroup } from "../commerce/src/modules/craft/vocabulary.ts";
import { CONTENT_LOCALIZED_ATTRIBUTES, type ContentLanguage } from "./indexes.ts";
import { synonyms } from "./synonyms.ts";
import { shortSyllableTypoTolerance } from "./typo-tolerance.ts";

/**
 * A story in one language: one document per entry of content/stories/<lang>/<handle>.mdx.
 * Built at site build from the collection (site/lib/search/content-documents.ts).
 */
export interface StoryDocument {
  /** `<lang>-<handle>`, e.g. `en-the-back-basket`. */
  id: string;
  /** The story's slug, e.g. `the-back-basket`. */
  handle: string;
  /** Language of the texts. */
  lang: ContentLanguage;
  /** Headline. */
  title: string;
  /** One or two sentences, for the hit. */
  excerpt: string;
  /** The story as plain text (no Markdown or MDX), trimmed. */
  body: string;
  /** Handle of the village it is about, e.g. `plei-don`. */
  village: string;
  /** That village's name in `lang`. */
  village_name: string;
  /** The village's ethnic-group code (filter on this). */
  ethnic_group: EthnicGroup;
  /** Its name in `lang`. */
  ethnic_group_name: string;
  /** The craft the story is about, as a list like the villages' (filter on this). */
  crafts: Craft[];
  /** Their names in `lang`. */
  craft_names: string[];
  /** Handle of the artisan in commerce the story features, if any. */
  artisan: string | null;
  /** A small cover picture (about 480 px wide, WebP), a root-relative URL on the storefront. */
  image_url: string;
  /** Its text alternative in `lang`. */
  image_alt: string;
  /** The story's page, e.g. `/stories/the-back-basket/` or `/en/stories/the-back-basket/`. */
  url: string;
  /** Date of publication, Unix seconds (sort newest first on this). */
  published_at: number;
}

/** Searchable fields, by weight: the headline first, the full text last. */
export const storySettings = {
  searchableAttributes: ["title", "excerpt", "craft_names", "village_name", "ethnic_group_name", "body"],
  filterableAttributes: ["lang", "ethnic_group", "crafts", "village"],
  sortableAttributes: ["published_at"],
  typoTolerance: shortSyllableTypoTolerance([]),
  synonyms,
  localizedAttributes: CONTENT_LOCALIZED_ATTRIBUTES,
} satisfies Settings;
