/** Festivals are held in the villages: "this month" is the month in Việt Nam, whatever the server's zone. */
export const FESTIVAL_TIME_ZONE = "Asia/Ho_Chi_Minh";

export interface NextFestival<T> {
  festival: T;
  /** The month (1–12) it is next expected in. */
  month: number;
  /** 0 when it usually falls in the current month, 11 at most. */
  monthsAway: number;
}

/** The month (1–12) of `date` in `timeZone`. */
export function monthIn(date: Date, timeZone = FESTIVAL_TIME_ZONE): number {
  return Number(new Intl.DateTimeFormat("en-US", { month: "numeric", timeZone }).format(date));
}

/**
 * The festival that comes next after `today`, or undefined when none has usual months. `monthsOf` gives
 * a festival's usual months (1–12), if it has a usual time. A festival of the current month is next;
 * on a tie, the first in `festivals` wins.
 */
export function nextFestival<T>(
  today: Date,
  festivals: readonly T[],
  monthsOf: (festival: T) => readonly number[] | undefined,
  timeZone = FESTIVAL_TIME_ZONE,
): NextFestival<T> | undefined {
  const current = monthIn(today, timeZone);
  let best: NextFestival<T> | undefined;
  for (const festival of festivals) {
    for (const month of monthsOf(festival) ?? []) {
      const monthsAway = (month - current + 12) % 12;
      if (!best || monthsAway < best.monthsAway) best = { festival, month, monthsAway };
    }
  }
  return best;
}
