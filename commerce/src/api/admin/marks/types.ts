import type { AuthorisationStatus } from "../../../modules/trace/marks/authorisation-status";
import type { MarkKind, StoredLocalizedText } from "../../../modules/trace/vocabulary";

/** Response types of the mark registry's admin routes; the admin extensions import them. */

/** A member's right to use a mark for a period, with where it stands today (Vietnam time). */
export interface AdminMarkAuthorisation {
  id: string;
  artisan_id: string;
  /** The artisan, or null when they were deleted since (the authorisation stays as history). */
  artisan: { id: string; handle: string; display_name: string } | null;
  /** First day, "2026-01-01". */
  valid_from: string;
  /** Last day (inclusive), or null: until further notice. */
  valid_to: string | null;
  status: AuthorisationStatus;
}

export interface AdminMark {
  id: string;
  handle: string;
  kind: MarkKind;
  name: StoredLocalizedText;
  owner: string;
  /** Null while pending, and for sample data. */
  registration_number: string | null;
  metadata: Record<string, unknown> | null;
  /** Different artisans with a current authorisation today. */
  current_members: number;
  /** Every authorisation ever given, newest period first. */
  authorisations: AdminMarkAuthorisation[];
}

/** GET /admin/marks */
export interface AdminMarksResponse {
  marks: AdminMark[];
}

/** GET /admin/marks/:id, POST /admin/marks */
export interface AdminMarkResponse {
  mark: AdminMark;
}

/** POST /admin/marks/:id/authorisations, POST /admin/marks/:id/authorisations/:authorisation_id */
export interface AdminMarkAuthorisationResponse {
  authorisation: AdminMarkAuthorisation;
}
