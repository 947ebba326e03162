import { TRACE_EVENT_TYPES, type TraceEventType } from "../../../commerce/src/modules/trace/vocabulary.ts";
import type { Locale } from "../../i18n/index.ts";
import type { DictionaryKey } from "../../i18n/vi.ts";
import { fill } from "../../lib/portal/api-error.ts";
import type { ArtisanTraceEvent, ArtisanTraceRecord } from "../../lib/portal/types.ts";

/** Texts of the portal's trace pages that depend on a record. */
type T = (key: DictionaryKey) => string;

/** "Lô KT260314-K7P · 8 chiếc" or "Chiếc KT260314-K7P". */
export function traceKeyText(
  record: Pick<ArtisanTraceRecord, "kind" | "lot" | "serial" | "batch_size">,
  t: T,
): string {
  return record.kind === "batch"
    ? fill(t("portalTrace.batch"), { code: record.lot ?? "", count: record.batch_size })
    : fill(t("portalTrace.piece"), { code: record.serial ?? "" });
}

/** The record's product title in the page's language (Vietnamese when it has no English). */
export function traceProductTitle(record: Pick<ArtisanTraceRecord, "product">, locale: Locale, t: T): string {
  const title = record.product?.title;
  if (!title) return t("portalTrace.noProduct");
  return locale === "en" && title.en ? title.en : title.vi;
}

/** A step type's name, as the public page shows it (`trace.event.*`). */
export function stepTypeKey(type: string): DictionaryKey | undefined {
  return (TRACE_EVENT_TYPES as readonly string[]).includes(type)
    ? (`trace.event.${type as TraceEventType}` as const)
    : undefined;
}

/** Who recorded a step, from the artisan's point of view. */
export function recorderKey(event: ArtisanTraceEvent): DictionaryKey {
  if (event.recorded_by_me) return "portalTrace.timeline.byMe";
  if (event.recorded_by_type === "artisan") return "portalTrace.timeline.byArtisan";
  return event.recorded_by_type === "user" ? "portalTrace.timeline.byUser" : "portalTrace.timeline.bySystem";
}
