import { vietnamDate } from "./mark-use";

/** Where an authorisation stands on a day: within its period, ended, or not started yet. */
export type AuthorisationStatus = "current" | "expired" | "not_yet_valid";

/** The status of a period (`valid_to` inclusive, null: open-ended) on `date` (a Date, or a day in Vietnam). */
export function authorisationStatus(
  period: { valid_from: string; valid_to: string | null },
  date: Date | string,
): AuthorisationStatus {
  const day = typeof date === "string" ? date : vietnamDate(date);
  if (day < period.valid_from) return "not_yet_valid";
  if (period.valid_to !== null && day > period.valid_to) return "expired";
  return "current";
}

/** How many different artisans hold a current authorisation on `date`. */
export function currentMemberCount(
  authorisations: readonly { artisan_id: string; valid_from: string; valid_to: string | null }[],
  date: Date | string,
): number {
  const current = authorisations.filter((entry) => authorisationStatus(entry, date) === "current");
  return new Set(current.map((entry) => entry.artisan_id)).size;
}
