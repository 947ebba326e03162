import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { CONTENT_LOCALES } from "./schemas/common.ts";
import { FestivalSchema } from "./schemas/festival.ts";
import { ItinerarySchema } from "./schemas/itinerary.ts";
import { CONTENT_DIR } from "./schemas/localized-reference.ts";
import { StorySchema } from "./schemas/story.ts";
import { VillageSchema } from "./schemas/village.ts";

// The curated collections, read from `content/` (see content/README.md). Every one is localized: one
// file per language in `<collection>/<locale>/<handle>.md(x)`, entry id `<locale>/<handle>`, and a
// `locale` field to filter on: `getCollection("villages", ({ data }) => data.locale === locale)`.

/** Markdown (or MDX) files in the locale folders of `content/<collection>/`. */
function localized(collection: string, extension: "md" | "mdx") {
  return glob({
    base: new URL(`${collection}/`, CONTENT_DIR),
    pattern: CONTENT_LOCALES.map((locale) => `${locale}/*.${extension}`),
  });
}

export const collections = {
  villages: defineCollection({ loader: localized("villages", "md"), schema: VillageSchema }),
  stories: defineCollection({ loader: localized("stories", "mdx"), schema: StorySchema }),
  festivals: defineCollection({ loader: localized("festivals", "md"), schema: FestivalSchema }),
  itineraries: defineCollection({ loader: localized("itineraries", "md"), schema: ItinerarySchema }),
};
