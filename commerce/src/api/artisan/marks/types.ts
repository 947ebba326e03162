import type { MarkUse } from "../../../modules/trace/marks/mark-use";
import type { MarkKind, StoredLocalizedText } from "../../../modules/trace/vocabulary";

/** A mark of the registry with the signed-in artisan's own right to use it today. */
export interface ArtisanMark {
  handle: string;
  kind: MarkKind;
  name: StoredLocalizedText;
  owner: string;
  registration_number: string | null;
  /** `{ allowed: true, valid_from, valid_to }` or `{ allowed: false, reason, … }` for this artisan today. */
  use: MarkUse;
}

/** GET /artisan/marks; the portal imports it. */
export interface ArtisanMarksResponse {
  marks: ArtisanMark[];
}
