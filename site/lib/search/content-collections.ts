import { getImage } from "astro:assets";
import { getCollection } from "astro:content";
import { getRelativeLocaleUrl } from "astro:i18n";
import type { ContentDocuments } from "../../../search-config/indexes.ts";
import { handleOf } from "../../schemas/localized-reference.ts";
import { storyDocument, villageDocument } from "./content-documents.ts";

/** Width of the pictures in search hits (cards are at most ~240 CSS px wide at 2× density). */
const HIT_IMAGE_WIDTH = 480;

const hitImage = async (src: ImageMetadata) =>
  (await getImage({ src, width: HIT_IMAGE_WIDTH, format: "webp" })).src;

/**
 * Every village and story in both languages as search documents, from the content collections (the
 * one source of their texts). Run at build by the prerendered `/search-documents.json`, which the
 * content indexer reads (scripts/search/content-indexer.ts).
 */
export async function buildContentDocuments(): Promise<ContentDocuments> {
  const villageEntries = await getCollection("villages");
  const villagesById = new Map(villageEntries.map((entry) => [entry.id, entry]));

  const villages = await Promise.all(
    villageEntries.map(async (entry) =>
      villageDocument(entry, {
        url: getRelativeLocaleUrl(entry.data.locale, `villages/${handleOf(entry.id)}`),
        imageUrl: await hitImage(entry.data.heroImage),
      }),
    ),
  );

  const stories = await Promise.all(
    (await getCollection("stories")).map(async (entry) => {
      const village = villagesById.get(entry.data.village.id);
      // The schema's localizedReference already fails the build on a missing village file.
      if (!village) throw new Error(`story ${entry.id}: no village entry ${entry.data.village.id}`);
      return storyDocument(
        entry,
        { handle: handleOf(village.id), name: village.data.name, ethnicGroup: village.data.ethnicGroup },
        {
          url: getRelativeLocaleUrl(entry.data.locale, `stories/${handleOf(entry.id)}`),
          imageUrl: await hitImage(entry.data.cover),
        },
      );
    }),
  );

  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return { villages: villages.sort(byId), stories: stories.sort(byId) };
}
