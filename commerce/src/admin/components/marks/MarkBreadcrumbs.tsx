import { useMark } from "../../hooks/use-marks";
import { useMarkText } from "../../hooks/use-mark-text";
import { useT } from "../../hooks/use-t";

/** "Nhãn hiệu và chỉ dẫn địa lý" in the dashboard's breadcrumbs. */
export function MarksBreadcrumb() {
  const { t } = useT();
  return <span>{t("marks.heading")}</span>;
}

/** The mark's name in the breadcrumbs (from the query the page itself runs). */
export function MarkBreadcrumb({ id }: { id: string }) {
  const { data } = useMark(id);
  const { markName } = useMarkText();
  return <span>{data ? markName(data.name) : id}</span>;
}
