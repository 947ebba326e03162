import type { LiveLoader } from "astro/loaders";
import type { Craft } from "../../../commerce/src/modules/craft/vocabulary.ts";
import type { StoreArtisan, StoreArtisansResponse } from "../../../commerce/src/api/store/types.ts";
import type { Locale } from "../../i18n/index.ts";
import { sdk } from "./client.ts";
import { createTotals } from "./collection-totals.ts";
import { callMedusa, CommerceError } from "./errors.ts";
import { localeQuery } from "./medusa-locale.ts";

/** What `getLiveCollection("artisans", filter)` can ask for. */
export interface ArtisansFilter {
  /** Bios in this language. */
  locale: Locale;
  /** Only the artisans of this village (its handle). */
  village?: string;
  craft?: Craft;
  limit?: number;
  offset?: number;
}

/** What `getLiveEntry("artisans", filter)` needs. */
export interface ArtisanEntryFilter {
  handle: string;
  locale: Locale;
}

/** Totals of `artisans` collection calls, by filter object (see collection-totals.ts). */
export const artisanTotals = createTotals<ArtisansFilter>();

async function fetchArtisans(filter: ArtisansFilter & { handle?: string }): Promise<StoreArtisansResponse> {
  const { locale, ...rest } = filter;
  const query = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  return callMedusa("list artisans", () =>
    sdk.client.fetch<StoreArtisansResponse>("/store/artisans", {
      query: { ...query, ...localeQuery(locale) },
    }),
  );
}

function asError(error: unknown): { error: CommerceError } {
  if (error instanceof CommerceError) return { error };
  throw error;
}

/**
 * The `artisans` live collection: the makers Medusa holds, by name, bios in the filter's language.
 * Entry ids are artisan handles; an unknown handle is a CommerceError of kind `not-found`. Their
 * products come from the `products` collection (`artisan` filter).
 */
export function artisansLoader(): LiveLoader<
  StoreArtisan,
  ArtisanEntryFilter,
  ArtisansFilter,
  CommerceError
> {
  return {
    name: "kontum-medusa-artisans",
    async loadCollection({ filter }) {
      try {
        const used = filter ?? { locale: "vi" };
        const { artisans, count } = await fetchArtisans(used);
        if (filter) artisanTotals.record(filter, count);
        return { entries: artisans.map((artisan) => ({ id: artisan.handle, data: artisan })) };
      } catch (error) {
        return asError(error);
      }
    },
    async loadEntry({ filter }) {
      try {
        const { artisans } = await fetchArtisans({ locale: filter.locale, handle: filter.handle, limit: 1 });
        const artisan = artisans[0];
        if (!artisan) {
          return { error: new CommerceError("not-found", `artisan "${filter.handle}": not found`, 404) };
        }
        return { id: artisan.handle, data: artisan };
      } catch (error) {
        return asError(error);
      }
    },
  };
}
