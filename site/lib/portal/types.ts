/**
 * Shapes of the artisan routes the portal reads: declared once in commerce (the routes' own types),
 * plus the `GET /artisan/me` answer.
 */
export type {
  ArtisanIncome,
  ArtisanOrder,
  ArtisanOrdersResponse,
  ArtisanProduct,
  ArtisanProductResponse,
  ArtisanProductStatus,
  ArtisanProductsResponse,
} from "../../../commerce/src/lib/artisan-products/types.ts";
export type {
  ArtisanCoMakersResponse,
  ArtisanTraceEvent,
  ArtisanTraceRecord,
  ArtisanTraceRecordResponse,
  ArtisanTraceRecordsResponse,
} from "../../../commerce/src/lib/artisan-trace/types.ts";

/** `GET /artisan/me`: the signed-in artisan. */
export interface PortalArtisan {
  id: string;
  handle: string;
  display_name: string;
  village_handle: string;
  ethnic_group: string;
  crafts: string[];
  email: string;
}
