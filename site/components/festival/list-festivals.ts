import { getCollection, type CollectionEntry } from "astro:content";
import type { Locale } from "../../i18n/index.ts";
import { localizedId } from "../../schemas/localized-reference.ts";

/**
 * The festivals in `locale`, those with a usual time first (by their first month), then the others by
 * name; only those seen in the village `villageHandle` when it is given.
 */
export async function listFestivals(
  locale: Locale,
  villageHandle?: string,
): Promise<CollectionEntry<"festivals">[]> {
  const villageId = villageHandle ? localizedId(locale, villageHandle) : undefined;
  const festivals = await getCollection(
    "festivals",
    ({ data }) =>
      data.locale === locale && (!villageId || data.villages.some((village) => village.id === villageId)),
  );
  const firstMonth = (festival: CollectionEntry<"festivals">) => Math.min(...(festival.data.months ?? [13]));
  return festivals.sort(
    (a, b) => firstMonth(a) - firstMonth(b) || a.data.name.localeCompare(b.data.name, locale),
  );
}
