import type { ArtisanTitle } from "../../modules/craft/vocabulary";

/**
 * Names of the state titles in each language, as the admin (src/admin/i18n) and the storefront
 * (site/i18n/areas/catalog.ts) show them; the artisan documents carry them so that "nghệ nhân ưu tú"
 * finds the titled artisans.
 */
export const ARTISAN_TITLE_NAMES = {
  vi: { "people-artisan": "Nghệ nhân Nhân dân", "meritorious-artisan": "Nghệ nhân Ưu tú" },
  en: { "people-artisan": "People's Artisan", "meritorious-artisan": "Meritorious Artisan" },
} as const satisfies Record<"vi" | "en", Record<ArtisanTitle, string>>;
