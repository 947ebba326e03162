import { ARTISAN_COLUMNS } from "../../modules/artisan/columns";
import type { ArtisanTitle, Craft, EthnicGroup } from "../../modules/craft/vocabulary";

/** Paths the artisan indexes read with query.graph (seed and events). */
export const ARTISAN_SEARCH_GRAPH_FIELDS = [
  ...ARTISAN_COLUMNS,
  "updated_at",
  "products.id",
  "products.status",
];

/** An artisan as query.graph returns it with ARTISAN_SEARCH_GRAPH_FIELDS (bio in the locale asked for). */
export type ArtisanSearchRow = {
  id: string;
  handle: string;
  display_name: string;
  village_handle: string;
  /** The columns are enums (and a check on `crafts`), so the codes are the vocabulary's. */
  ethnic_group: EthnicGroup;
  crafts: Craft[] | null;
  title: ArtisanTitle | null;
  bio: string | null;
  photo_url: string | null;
  metadata?: Record<string, unknown> | null;
  products?: ({ id: string; status: string } | null)[] | null;
};
