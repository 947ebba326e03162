import { ARTISAN_COLUMNS } from "../../../modules/artisan/columns";
import type { StoreArtisan } from "../types";

/** Public fields of an artisan (metadata only for its `sample` flag). */
export const STORE_ARTISAN_FIELDS = [...ARTISAN_COLUMNS];

/** An artisan row as query.graph returns it with STORE_ARTISAN_FIELDS. */
export type ArtisanRow = Omit<StoreArtisan, "sample"> & { metadata?: Record<string, unknown> | null };

/** The public shape of an artisan: metadata becomes the `sample` flag. */
export function toStoreArtisan({ metadata, ...artisan }: ArtisanRow): StoreArtisan {
  return { ...artisan, sample: metadata?.sample === true };
}
