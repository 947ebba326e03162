/**
 * The closed lists of the trace module. Codes are stable English slugs; people see names from the
 * storefront's and admin's dictionaries.
 */

/** A record traces a batch (GTIN + batch/lot, AI 10) or a single piece (GTIN + serial, AI 21). */
export const TRACE_KINDS = ["batch", "piece"] as const;
export type TraceKind = (typeof TRACE_KINDS)[number];

/** Production steps and checks an event can record, from raw material to the finished piece. */
export const TRACE_EVENT_TYPES = [
  "material_sourced",
  "material_prepared",
  "spun",
  "dyed",
  "woven",
  "sewn",
  "carved",
  "forged",
  "fired",
  "assembled",
  "finished",
  "inspected",
  "packed",
] as const;
export type TraceEventType = (typeof TRACE_EVENT_TYPES)[number];

/** Who recorded an event: an admin user, an artisan (portal), or a script (sample data, imports). */
export const RECORDER_TYPES = ["user", "artisan", "system"] as const;
export type RecorderType = (typeof RECORDER_TYPES)[number];

/** Kinds of marks in the registry (Vietnam's IP law: nhãn hiệu tập thể, nhãn hiệu chứng nhận, chỉ dẫn địa lý). */
export const MARK_KINDS = ["collective", "certification", "geographical_indication"] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** A calendar day, "2026-03-14" (dates of production steps and of authorisations; Vietnam time). */
export const CALENDAR_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Text in Vietnamese and, optionally, English, as stored in JSON columns. */
export interface StoredLocalizedText {
  vi: string;
  en?: string;
}
