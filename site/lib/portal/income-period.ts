/**
 * The income page's periods, in days of Asia/Ho_Chi_Minh (UTC+7, no daylight saving): this month,
 * last month, this year, or dates the artisan picks (at most 366 days, `to` not before `from`).
 */
export const PERIODS = ["this-month", "last-month", "this-year", "custom"] as const;
export type Period = (typeof PERIODS)[number];

export interface IncomeRange {
  period: Period;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const iso = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);

/** Today's date in Vietnam as [year, month (0-11), day]. */
function today(nowMs: number): [number, number, number] {
  const vietnam = new Date(nowMs + VIETNAM_OFFSET_MS);
  return [vietnam.getUTCFullYear(), vietnam.getUTCMonth(), vietnam.getUTCDate()];
}

function validDate(value: string | null): value is string {
  if (!value || !DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Days from `from` to `to`, both counted. */
export function daysIn(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
}

export function rangeOf(period: Exclude<Period, "custom">, nowMs = Date.now()): IncomeRange {
  const [year, month, day] = today(nowMs);
  if (period === "this-year") return { period, from: iso(year, 0, 1), to: iso(year, month, day) };
  if (period === "last-month") return { period, from: iso(year, month - 1, 1), to: iso(year, month, 0) };
  return { period, from: iso(year, month, 1), to: iso(year, month, day) };
}

/**
 * The range the page's query asks for (`?period=…&from=…&to=…`): this month when nothing is asked,
 * an error for custom dates out of order, unreadable or longer than 366 days.
 */
export function rangeOfQuery(
  search: URLSearchParams,
  nowMs = Date.now(),
): { range: IncomeRange; error?: "period_invalid" } {
  const asked = search.get("period");
  const period = (PERIODS as readonly string[]).includes(asked ?? "") ? (asked as Period) : "this-month";
  const from = search.get("from");
  const to = search.get("to");
  if (period !== "custom") {
    // Dates changed without choosing "custom" (no JavaScript ticks it): the dates win.
    const preset = rangeOf(period, nowMs);
    const changed = from && to && (from !== preset.from || to !== preset.to);
    if (!changed) return { range: preset };
  }
  const fallback = rangeOf("this-month", nowMs);
  if (!validDate(from) || !validDate(to)) {
    const range = { period: "custom" as const, from: from ?? fallback.from, to: to ?? fallback.to };
    return { range, error: "period_invalid" };
  }
  const days = daysIn(from, to);
  if (days < 1 || days > 366) return { range: { period: "custom", from, to }, error: "period_invalid" };
  return { range: { period: "custom", from, to } };
}
