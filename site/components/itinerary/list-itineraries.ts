import { getCollection, type CollectionEntry } from "astro:content";
import type { Locale } from "../../i18n/index.ts";
import { handleOf } from "../../schemas/localized-reference.ts";

/** The itineraries in `locale`, shortest first, then by title. */
export async function listItineraries(locale: Locale): Promise<CollectionEntry<"itineraries">[]> {
  const itineraries = await getCollection("itineraries", ({ data }) => data.locale === locale);
  return itineraries.sort(
    (a, b) => a.data.days - b.data.days || a.data.title.localeCompare(b.data.title, locale),
  );
}

/** `getStaticPaths` of the itinerary pages of one language. */
export async function itineraryStaticPaths(locale: Locale) {
  const itineraries = await listItineraries(locale);
  return itineraries.map((itinerary) => ({
    params: { handle: handleOf(itinerary.id) },
    props: { itinerary },
  }));
}
