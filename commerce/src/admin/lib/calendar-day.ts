import { vietnamDate } from "../../modules/trace/marks/mark-use";

/** Today in Vietnam, "2026-03-14": the day the registry's statuses are computed for. */
export const todayInVietnam = (): string => vietnamDate(new Date());

/** A calendar day "2026-03-14" as the dashboard's language writes it: 14/03/2026, Mar 14, 2026. */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language.startsWith("vi") ? "vi-VN" : "en-US", {
    day: "2-digit",
    month: language.startsWith("vi") ? "2-digit" : "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}
