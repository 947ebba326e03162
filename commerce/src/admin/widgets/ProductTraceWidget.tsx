import { defineWidgetConfig } from "@medusajs/admin-sdk";
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types";
import { Container, Heading, Text } from "@medusajs/ui";
import { Link } from "react-router-dom";
import { TraceRecordCreateModal } from "../components/trace/TraceRecordCreateModal";
import { TraceStatusBadge } from "../components/trace/TraceStatusBadge";
import { useTraceRecords } from "../hooks/use-trace-records";
import { useT } from "../hooks/use-t";
import { errorMessage } from "../lib/api-error";

const SHOWN = 5;

/** Product page: the product's latest trace records, with links, and "New record" for it. */
const ProductTraceWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const { t } = useT();
  const { data, isLoading, error } = useTraceRecords({ product_id: product.id, limit: SHOWN, offset: 0 });
  const records = data?.trace_records ?? [];

  return (
    <Container className="divide-y p-0" data-testid="product-trace">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Heading level="h2">{t("trace.widget.heading")}</Heading>
        <TraceRecordCreateModal product={{ id: product.id, title: product.title }} />
      </div>
      {isLoading && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("common.loading")}
        </Text>
      )}
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("common.loadError", { message: errorMessage(error) })}
        </Text>
      )}
      {data && !records.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("trace.widget.empty")}
        </Text>
      )}
      {records.length > 0 && (
        <ul className="divide-y">
          {records.map((record) => (
            <li key={record.id}>
              <Link
                to={`/trace-records/${record.id}`}
                className="hover:bg-ui-bg-base-hover flex items-center justify-between gap-x-2 px-6 py-3"
              >
                <span className="flex min-w-0 flex-col">
                  <Text size="small" weight="plus" className="truncate font-mono">
                    {t(`trace.keyOf.${record.kind}`, { key: (record.lot ?? record.serial) || "" })}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {record.kind === "batch"
                      ? t("trace.batchOf", { count: record.batch_size })
                      : t("trace.kind.piece")}
                  </Text>
                </span>
                <TraceStatusBadge record={record} />
              </Link>
            </li>
          ))}
        </ul>
      )}
      {data && data.count > records.length && (
        <div className="px-6 py-3">
          <Link
            to={`/trace-records?product_id=${product.id}`}
            className="txt-compact-small text-ui-fg-interactive"
          >
            {t("trace.widget.viewAll")}
          </Link>
        </div>
      )}
    </Container>
  );
};

export const config = defineWidgetConfig({ zone: "product.details.side.after" });

export default ProductTraceWidget;
