import { CALENDAR_DATE_PATTERN } from "../vocabulary";

/** The parts of a mark that decide who may use it. */
export interface MarkForUse {
  handle: string;
  authorisations: { artisan_id: string; valid_from: string; valid_to: string | null }[];
}

/** Why a product of `artisanId` may not show the mark on that day. */
export type MarkRefusal = "unknown_mark" | "not_member" | "not_yet_valid" | "expired";

export type MarkUse =
  | { allowed: true; valid_from: string; valid_to: string | null }
  | { allowed: false; reason: "unknown_mark" | "not_member" }
  /** `valid_from`: the first day of the artisan's next authorisation. */
  | { allowed: false; reason: "not_yet_valid"; valid_from: string }
  /** `valid_to`: the last day of the artisan's latest authorisation. */
  | { allowed: false; reason: "expired"; valid_to: string };

/** Vietnam has one time zone, UTC+7, without daylight saving time. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day in Vietnam of an instant, "2026-03-14". */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * May a product of `artisanId` show `mark` on `date` (a Date, or a calendar day "2026-03-14" in Vietnam)?
 * Allowed when one of the artisan's authorisations covers the day (both ends inclusive). Otherwise the
 * reason: no such mark; the artisan was never authorised; the authorisation starts later; or it ended
 * (when both an ended and a later one exist, "expired": the right lapsed in between).
 */
export function markUse(
  mark: MarkForUse | null | undefined,
  artisanId: string,
  date: Date | string,
): MarkUse {
  if (!mark) return { allowed: false, reason: "unknown_mark" };
  const day = typeof date === "string" ? date : vietnamDate(date);
  if (!CALENDAR_DATE_PATTERN.test(day)) {
    throw new TypeError(`markUse: "${day}" is not a calendar day such as 2026-03-14`);
  }
  const own = mark.authorisations.filter((authorisation) => authorisation.artisan_id === artisanId);
  if (own.length === 0) return { allowed: false, reason: "not_member" };
  const current = own.find(
    (authorisation) =>
      authorisation.valid_from <= day && (authorisation.valid_to === null || day <= authorisation.valid_to),
  );
  if (current) return { allowed: true, valid_from: current.valid_from, valid_to: current.valid_to };
  const ended = own
    .map((authorisation) => authorisation.valid_to)
    .filter((end): end is string => end !== null && end < day)
    .sort();
  if (ended.length > 0) return { allowed: false, reason: "expired", valid_to: ended[ended.length - 1] };
  const next = own.map((authorisation) => authorisation.valid_from).sort()[0];
  return { allowed: false, reason: "not_yet_valid", valid_from: next };
}
