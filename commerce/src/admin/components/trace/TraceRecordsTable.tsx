import {
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  DataTable,
  Text,
  useDataTable,
  type DataTablePaginationState,
  type DataTableRowSelectionState,
} from "@medusajs/ui";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router-dom";
import type { AdminTraceRecordSummary } from "../../../api/admin/trace-records/types";
import { useProductTitle } from "../../hooks/use-product-search";
import { useTraceRecords } from "../../hooks/use-trace-records";
import { useT } from "../../hooks/use-t";
import { tagSheetUrl } from "../../lib/tag-sheet-url";
import type { TraceProductRef } from "../../lib/trace-form";
import { dashboardLanguage } from "../curation/curation-options";
import { ProductFilter } from "./ProductFilter";
import { SampleBadge, TraceStatusBadge } from "./TraceStatusBadge";

const PAGE_SIZE = 20;
const columnHelper = createDataTableColumnHelper<AdminTraceRecordSummary>();
const commandHelper = createDataTableCommandHelper();

/**
 * The records, newest first, filterable by product (?product_id= in the address); published ones can be
 * selected across pages and printed together ("Print tags").
 */
export function TraceRecordsTable() {
  const { t, dashboardT } = useT();
  const { i18n } = useTranslation();
  const language = dashboardLanguage(i18n.resolvedLanguage ?? i18n.language);
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const productId = searchParams.get("product_id") ?? undefined;
  const { data: productTitle } = useProductTitle(productId);
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  });
  const [selection, setSelection] = useState<DataTableRowSelectionState>({});
  useEffect(() => setPagination((previous) => ({ ...previous, pageIndex: 0 })), [productId]);

  const { data, isLoading } = useTraceRecords({
    product_id: productId,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  });

  const filterProduct = (product: TraceProductRef | null) =>
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      if (product) next.set("product_id", product.id);
      else next.delete("product_id");
      return next;
    });

  const formatDate = useMemo(() => {
    const format = new Intl.DateTimeFormat(language === "vi" ? "vi-VN" : "en-GB", { dateStyle: "medium" });
    return (iso: string) => format.format(new Date(iso));
  }, [language]);

  const columns = useMemo(
    () => [
      columnHelper.select(),
      columnHelper.accessor("product", {
        header: t("trace.columns.product"),
        cell: ({ row }) => (
          <div className="flex items-center gap-x-3 py-1">
            {row.original.product?.thumbnail ? (
              <img
                src={row.original.product.thumbnail}
                alt=""
                className="h-8 w-8 flex-none rounded object-cover"
              />
            ) : (
              <span className="bg-ui-bg-component h-8 w-8 flex-none rounded" />
            )}
            <div className="flex min-w-0 flex-col">
              <span className="text-ui-fg-base truncate">
                {row.original.product?.title ?? t("trace.noProduct")}
              </span>
              <span className="text-ui-fg-muted flex items-center gap-x-1">
                {t(`trace.kind.${row.original.kind}`)}
                <SampleBadge record={row.original} />
              </span>
            </div>
          </div>
        ),
      }),
      columnHelper.display({
        id: "key",
        header: t("trace.columns.key"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <span className="text-ui-fg-base font-mono">{row.original.lot ?? row.original.serial}</span>
            {row.original.kind === "batch" && (
              <span className="text-ui-fg-muted">
                {t("trace.batchOf", { count: row.original.batch_size })}
              </span>
            )}
          </div>
        ),
      }),
      columnHelper.accessor("gtin", {
        header: t("trace.columns.gtin"),
        cell: ({ getValue }) => <span className="font-mono">{getValue()}</span>,
      }),
      columnHelper.display({
        id: "status",
        header: t("trace.columns.status"),
        cell: ({ row }) => <TraceStatusBadge record={row.original} />,
      }),
      columnHelper.accessor("events_count", { header: t("trace.columns.events") }),
      columnHelper.accessor("created_at", {
        header: t("trace.columns.created"),
        cell: ({ getValue }) => formatDate(getValue()),
      }),
    ],
    [t, formatDate],
  );

  const commands = useMemo(
    () => [
      commandHelper.command({
        label: t("trace.printTags"),
        shortcut: "p",
        action: (selected) => {
          const ids = Object.keys(selected).filter((id) => selected[id]);
          window.open(tagSheetUrl(ids, language), "_blank", "noopener");
        },
      }),
    ],
    [t, language],
  );

  const table = useDataTable({
    columns,
    data: data?.trace_records ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    rowSelection: {
      state: selection,
      onRowSelectionChange: setSelection,
      enableRowSelection: (row) => !!row.original.published_at,
    },
    commands,
    onRowClick: (_event, row) => navigate(`/trace-records/${row.id}`),
  });

  const filter: TraceProductRef | null = productId
    ? { id: productId, title: productTitle ?? productId }
    : null;
  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex flex-col items-start gap-2 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <ProductFilter value={filter} onChange={filterProduct} />
        <Text size="small" className="text-ui-fg-subtle">
          {t("trace.printHint")}
        </Text>
      </DataTable.Toolbar>
      <DataTable.Table
        emptyState={{
          empty: { heading: productId ? t("trace.emptyFiltered") : t("trace.empty") },
          filtered: { heading: t("trace.emptyFiltered") },
        }}
      />
      <DataTable.Pagination
        translations={{
          of: dashboardT("general.of"),
          results: dashboardT("general.results"),
          pages: dashboardT("general.pages"),
          prev: dashboardT("general.prev"),
          next: dashboardT("general.next"),
        }}
      />
      <DataTable.CommandBar selectedLabel={(count) => t("trace.selected", { count })} />
    </DataTable>
  );
}
