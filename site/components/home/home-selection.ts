import { getCollection, type CollectionEntry } from "astro:content";
import type { Locale } from "../../i18n/index.ts";
import { HOME_CURATION_TTL_SECONDS, retrieveHomeCuration } from "../../lib/commerce/home-curation.ts";
import { handleOf } from "../../schemas/localized-reference.ts";

/** What the home page's curated parts show, and how long shared caches may keep it. */
export interface HomeSelection {
  villages: CollectionEntry<"villages">[];
  /** The festival the tourism office highlights; undefined: the next one by date is shown. */
  festival: CollectionEntry<"festivals"> | undefined;
  itineraries: CollectionEntry<"itineraries">[];
  cacheControl: string;
}

const CACHE_FRESH = `public, max-age=0, s-maxage=${HOME_CURATION_TTL_SECONDS}`;
/** Without Medusa the defaults are shown, cached briefly so that the curation comes back soon. */
const CACHE_DEGRADED = "public, max-age=0, s-maxage=10";

/** The content's own featured villages, in their `order`: the home page before any curation. */
export async function defaultFeaturedVillages(locale: Locale): Promise<CollectionEntry<"villages">[]> {
  const villages = await getCollection("villages", ({ data }) => data.locale === locale && data.featured);
  return villages.sort((a, b) => a.data.order - b.data.order);
}

/** The entries of `handles` in `locale`, in that order; a handle the content no longer has is skipped. */
function pick<T extends { id: string }>(entries: T[], handles: readonly string[]): T[] {
  const byHandle = new Map(entries.map((entry) => [handleOf(entry.id), entry]));
  return handles.flatMap((handle) => byHandle.get(handle) ?? []);
}

/**
 * The tourism office's choices for the home page (Medusa, cached briefly) as content entries in
 * `locale`. Until something is curated, or when Medusa is down, the content's own featured villages
 * are shown, the next festival by date, and no itineraries (the home page as it was before curation).
 */
export async function loadHomeSelection(locale: Locale): Promise<HomeSelection> {
  const curation = await retrieveHomeCuration();
  const cacheControl = curation ? CACHE_FRESH : CACHE_DEGRADED;
  const inLocale = ({ data }: { data: { locale: string } }) => data.locale === locale;
  const curated = curation?.updated_at ? curation : undefined;
  const villages = curated ? pick(await getCollection("villages", inLocale), curated.featured_villages) : [];
  const festival = curated?.seasonal_festival
    ? pick(await getCollection("festivals", inLocale), [curated.seasonal_festival])[0]
    : undefined;
  const itineraries = curated ? pick(await getCollection("itineraries", inLocale), curated.itineraries) : [];
  return {
    villages: villages.length > 0 ? villages : await defaultFeaturedVillages(locale),
    festival,
    itineraries,
    cacheControl,
  };
}
