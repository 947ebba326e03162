import { Badge, StatusBadge } from "@medusajs/ui";
import type { AdminTraceRecordSummary } from "../../../api/admin/trace-records/types";
import { useT } from "../../hooks/use-t";
import { isSample, TRACE_STATUS_COLORS, traceStatus } from "../../lib/trace-status";

/** Draft, published, or changed after publication. */
export function TraceStatusBadge({ record }: { record: AdminTraceRecordSummary }) {
  const { t } = useT();
  const status = traceStatus(record);
  return (
    <StatusBadge color={TRACE_STATUS_COLORS[status]} data-status={status} className="whitespace-nowrap">
      {t(`trace.status.${status}`)}
    </StatusBadge>
  );
}

/** "Sample" on demo data (metadata.sample), nothing otherwise. */
export function SampleBadge({ record }: { record: AdminTraceRecordSummary }) {
  const { t } = useT();
  if (!isSample(record)) return null;
  return (
    <Badge size="2xsmall" color="orange">
      {t("trace.sample")}
    </Badge>
  );
}
