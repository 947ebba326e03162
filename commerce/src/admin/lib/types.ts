import type {
  ArtisanTitle,
  Craft,
  EthnicGroup,
  OcopStars,
  StoredMaterial,
} from "../../modules/craft/vocabulary";

/** Shapes of the project's admin routes (src/api/admin/**), as the admin extensions read them. */

export interface AdminArtisan {
  id: string;
  handle: string;
  display_name: string;
  village_handle: string;
  ethnic_group: EthnicGroup;
  crafts: Craft[];
  title: ArtisanTitle | null;
  photo_url: string | null;
  metadata: Record<string, unknown> | null;
  created_at: string;
  updated_at: string;
}

/** GET/POST /admin/artisans/:id: the bio in both languages (`en` empty when not translated). */
export interface AdminArtisanDetail extends AdminArtisan {
  bio: { vi: string; en: string };
  product_count: number;
}

/** GET /admin/artisans (the bio there is the Vietnamese text). */
export interface AdminArtisanListResponse {
  artisans: (AdminArtisan & { bio: string })[];
  count: number;
  offset: number;
  limit: number;
}

export interface AdminArtisanListParams {
  q?: string;
  village?: string;
  craft?: Craft;
  limit?: number;
  offset?: number;
}

export interface AdminCraftProfile {
  craft: Craft;
  ethnic_group: EthnicGroup | null;
  village_handle: string;
  materials: StoredMaterial[];
  days_to_make: number | null;
  care_instructions: { vi: string; en: string } | null;
  ocop_stars: OcopStars | null;
  marks: string[];
}

/** The maker as GET /admin/products/:id/craft returns it. */
export interface ProductArtisanRef {
  id: string;
  handle: string;
  display_name: string;
  village_handle: string;
  /** Present when the artisan was picked from the list in the form. */
  ethnic_group?: EthnicGroup;
}

/** GET/POST /admin/products/:id/craft */
export interface AdminProductCraftResponse {
  craft_profile: AdminCraftProfile | null;
  artisan: ProductArtisanRef | null;
}
