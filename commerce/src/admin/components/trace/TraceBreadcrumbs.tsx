import { useTraceRecord } from "../../hooks/use-trace-records";
import { useT } from "../../hooks/use-t";

/** "Truy xuất nguồn gốc" in the dashboard's breadcrumbs. */
export function TraceRecordsBreadcrumb() {
  const { t } = useT();
  return <span>{t("trace.heading")}</span>;
}

/** "Lô 2026-01" / "Số 2026-001" in the breadcrumbs (from the query the page itself runs). */
export function TraceRecordBreadcrumb({ id }: { id: string }) {
  const { t } = useT();
  const { data } = useTraceRecord(id);
  if (!data) return <span>{id}</span>;
  return <span>{t(`trace.keyOf.${data.kind}`, { key: (data.lot ?? data.serial) || "" })}</span>;
}
