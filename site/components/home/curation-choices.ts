import { getCollection } from "astro:content";
import type { CurationChoices, LocalizedName } from "../../../commerce/src/modules/curation/types.ts";
import { handleOf } from "../../schemas/localized-reference.ts";

type Entry = { id: string; data: { locale: "vi" | "en" } };

/** Entries by handle, the Vietnamese one (the original) and the English one when it exists. */
function byHandle<T extends Entry>(entries: T[]): Map<string, { vi: T; en: T }> {
  const english = new Map(entries.filter((e) => e.data.locale === "en").map((e) => [handleOf(e.id), e]));
  return new Map(
    entries
      .filter((entry) => entry.data.locale === "vi")
      .map((vi) => [handleOf(vi.id), { vi, en: english.get(handleOf(vi.id)) ?? vi }]),
  );
}

function localized<T extends Entry>(pair: { vi: T; en: T }, text: (entry: T) => string): LocalizedName {
  return { vi: text(pair.vi), en: text(pair.en) };
}

/**
 * What the tourism office can choose from for the home page, from the content collections: the
 * villages (with their own featured flag and order, the default), the festivals (with when they are
 * held) and the itineraries, each named in both languages. Read by Medusa's admin (curation).
 */
export async function buildCurationChoices(): Promise<CurationChoices> {
  const villages = byHandle(await getCollection("villages"));
  const festivals = byHandle(await getCollection("festivals"));
  const itineraries = byHandle(await getCollection("itineraries"));
  return {
    villages: [...villages]
      .map(([handle, pair]) => ({
        handle,
        name: localized(pair, (entry) => entry.data.name),
        featured: pair.vi.data.featured,
        order: pair.vi.data.order,
      }))
      .sort((a, b) => a.order - b.order),
    festivals: [...festivals]
      .map(([handle, pair]) => ({
        handle,
        name: localized(pair, (entry) => entry.data.name),
        season: localized(pair, (entry) => entry.data.season),
        months: pair.vi.data.months ?? [],
      }))
      .sort((a, b) => (a.months[0] ?? 13) - (b.months[0] ?? 13) || a.name.vi.localeCompare(b.name.vi, "vi")),
    itineraries: [...itineraries]
      .map(([handle, pair]) => ({
        handle,
        title: localized(pair, (entry) => entry.data.title),
        days: pair.vi.data.days,
      }))
      .sort((a, b) => a.days - b.days || a.title.vi.localeCompare(b.title.vi, "vi")),
  };
}
