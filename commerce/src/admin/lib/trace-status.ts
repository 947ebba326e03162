import type { AdminTraceRecordSummary } from "../../api/admin/trace-records/types";

/** Where a record stands, as the list and the record page show it. */
export type TraceStatus = "draft" | "published" | "changed";

/** A draft until published; once published, intact or changed after publication (the chain says which). */
export function traceStatus(
  record: Pick<AdminTraceRecordSummary, "published_at" | "verification">,
): TraceStatus {
  if (!record.published_at) return "draft";
  return record.verification.intact ? "published" : "changed";
}

export const TRACE_STATUS_COLORS: Record<TraceStatus, "grey" | "green" | "red"> = {
  draft: "grey",
  published: "green",
  changed: "red",
};

/** Whether the record's metadata marks it as sample (demo) data. */
export function isSample(record: Pick<AdminTraceRecordSummary, "metadata">): boolean {
  return record.metadata?.sample === true;
}
