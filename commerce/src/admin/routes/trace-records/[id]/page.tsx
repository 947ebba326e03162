import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { DetailPage } from "../../../components/common/DetailPage";
import { dashboardLanguage } from "../../../components/curation/curation-options";
import { TraceRecordBreadcrumb } from "../../../components/trace/TraceBreadcrumbs";
import { TracePublication } from "../../../components/trace/TracePublication";
import { TraceQrSection } from "../../../components/trace/TraceQrSection";
import { TraceRecordDetails } from "../../../components/trace/TraceRecordDetails";
import { TraceTimeline } from "../../../components/trace/TraceTimeline";
import { useTraceRecord } from "../../../hooks/use-trace-records";

/** /app/trace-records/:id: a record's fields, its steps, publication and verification, QR code and tags. */
const TraceRecordPage = () => {
  const { id = "" } = useParams();
  const { i18n } = useTranslation();
  const language = dashboardLanguage(i18n.resolvedLanguage ?? i18n.language);
  const query = useTraceRecord(id);
  const { formatDate, formatDay } = useMemo(() => {
    const locale = language === "vi" ? "vi-VN" : "en-GB";
    const moment = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
    return {
      formatDate: (iso: string) => moment.format(new Date(iso)),
      // Calendar days are stored as "2026-03-14": read and shown as that day, whatever the time zone.
      formatDay: (value: string) => day.format(new Date(`${value}T00:00:00Z`)),
    };
  }, [language]);

  return (
    <DetailPage query={query}>
      {(record) => (
        <div className="grid grid-cols-1 gap-3 xl:grid-cols-[minmax(0,1fr)_380px]">
          <div className="flex min-w-0 flex-col gap-y-3">
            <TraceRecordDetails record={record} formatDate={formatDate} />
            <TraceTimeline record={record} formatDay={formatDay} />
          </div>
          <div className="flex flex-col gap-y-3">
            <TracePublication record={record} />
            <TraceQrSection record={record} language={language} />
          </div>
        </div>
      )}
    </DetailPage>
  );
};

export const handle = {
  breadcrumb: ({ params }: { params: { id?: string } }) => <TraceRecordBreadcrumb id={params.id ?? ""} />,
};

export default TraceRecordPage;
