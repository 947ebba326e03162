/** The artisans' days are days in Vietnam (Asia/Ho_Chi_Minh: UTC+7, no daylight saving time). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Longest period the income route answers for. */
export const MAX_PERIOD_DAYS = 366;

/** Midnight of a YYYY-MM-DD day in Vietnam, as an instant; null for a date that does not exist. */
export function vietnamMidnight(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = match.slice(1).map(Number);
  const utc = Date.UTC(year, month - 1, date);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    return null;
  }
  return new Date(utc - VIETNAM_OFFSET_MS);
}

/** `[from 00:00, the day after to 00:00)` in Vietnam; null unless both days exist and to ≥ from. */
export function vietnamPeriod(from: string, to: string): { start: Date; end: Date; days: number } | null {
  const start = vietnamMidnight(from);
  const last = vietnamMidnight(to);
  if (!start || !last || last < start) return null;
  const end = new Date(last.getTime() + DAY_MS);
  return { start, end, days: Math.round((end.getTime() - start.getTime()) / DAY_MS) };
}
