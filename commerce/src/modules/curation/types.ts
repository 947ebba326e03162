/**
 * What GET /store/curation/home and GET/POST /admin/curation/home answer: the home page as the tourism
 * office curated it. Handles are those of the storefront's content collections (content/).
 */
export interface HomeCuration {
  /** Villages shown first on the home page, in this order; empty when nothing is curated yet. */
  featured_villages: string[];
  /** The festival highlighted for the season; null: the storefront shows the next one by date. */
  seasonal_festival: string | null;
  /** Itineraries shown on the home page, in this order. */
  itineraries: string[];
  /** When the choices were last saved (ISO 8601); null when nothing is curated yet. */
  updated_at: string | null;
}

export type StoreHomeCurationResponse = HomeCuration;

/** The admin's answer also says who saved last (the admin user's email, when known). */
export interface AdminHomeCurationResponse extends HomeCuration {
  updated_by: string | null;
}

/** One earlier save, for GET /admin/curation/history. */
export interface AdminCurationRevision extends Omit<HomeCuration, "updated_at"> {
  id: string;
  created_at: string;
  created_by: string | null;
}

/** A text in the storefront's two languages. */
export interface LocalizedName {
  vi: string;
  en: string;
}

/**
 * What the curator can choose from, written by the storefront at build time from its content
 * collections (site/pages/curation-choices.json.ts) and read by GET /admin/curation/choices.
 */
export interface CurationChoices {
  villages: { handle: string; name: LocalizedName; featured: boolean; order: number }[];
  festivals: { handle: string; name: LocalizedName; season: LocalizedName; months: number[] }[];
  itineraries: { handle: string; title: LocalizedName; days: number }[];
}

/** The curated pages. */
export const HOME_PAGE = "home";
