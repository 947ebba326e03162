import { defineRouteConfig } from "@medusajs/admin-sdk";
import { ShieldCheck } from "@medusajs/icons";
import { Container, Heading, Text } from "@medusajs/ui";
import { TraceRecordsBreadcrumb } from "../../components/trace/TraceBreadcrumbs";
import { TraceRecordCreateModal } from "../../components/trace/TraceRecordCreateModal";
import { TraceRecordsTable } from "../../components/trace/TraceRecordsTable";
import { useT } from "../../hooks/use-t";

/** /app/trace-records: every batch and piece traced, newest first, with "New record" and "Print tags". */
const TraceRecordsPage = () => {
  const { t } = useT();
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>{t("trace.heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("trace.subheading")}
          </Text>
        </div>
        <div className="shrink-0">
          <TraceRecordCreateModal />
        </div>
      </div>
      <TraceRecordsTable />
    </Container>
  );
};

/** Sidebar entry; the label is a key of ../../i18n, translated in the dashboard's language. */
export const config = defineRouteConfig({
  label: "kontum.trace.menu",
  translationNs: "translation",
  icon: ShieldCheck,
});

export const handle = {
  breadcrumb: () => <TraceRecordsBreadcrumb />,
};

export default TraceRecordsPage;
