import { Badge, createDataTableColumnHelper, DataTable, Input, useDataTable } from "@medusajs/ui";
import type { DataTablePaginationState } from "@medusajs/ui";
import { useEffect, useMemo, useState } from "react";
import { useNavigate } from "react-router-dom";
import { CRAFTS, HANDLE_PATTERN, type Craft } from "../../../modules/craft/vocabulary";
import { useArtisans } from "../../hooks/use-artisans";
import { useT } from "../../hooks/use-t";
import type { AdminArtisanListResponse } from "../../lib/types";
import { OptionSelect } from "../common/OptionSelect";

type Row = AdminArtisanListResponse["artisans"][number];

const PAGE_SIZE = 20;
const columnHelper = createDataTableColumnHelper<Row>();

/** The artisans, searchable by name or handle and filterable by craft and village (GET /admin/artisans). */
export function ArtisansTable() {
  const { t, dashboardT, craftName, ethnicGroupName, titleName } = useT();
  const navigate = useNavigate();
  const [search, setSearch] = useState("");
  const [craft, setCraft] = useState<Craft | "">("");
  const [villageText, setVillageText] = useState("");
  const [village, setVillage] = useState("");
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  });

  // The village filter applies once the text is a whole handle (or empty), a moment after typing stops.
  useEffect(() => {
    const timer = setTimeout(() => {
      const handle = villageText.trim().toLowerCase();
      if (!handle || HANDLE_PATTERN.test(handle)) setVillage(handle);
    }, 300);
    return () => clearTimeout(timer);
  }, [villageText]);
  useEffect(() => setPagination((previous) => ({ ...previous, pageIndex: 0 })), [search, craft, village]);

  const { data, isLoading } = useArtisans({
    q: search.trim() || undefined,
    craft: craft || undefined,
    village: village || undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  });

  const columns = useMemo(
    () => [
      columnHelper.accessor("display_name", {
        header: t("artisans.name"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <span className="text-ui-fg-base">{row.original.display_name}</span>
            <span className="text-ui-fg-muted">{row.original.handle}</span>
          </div>
        ),
      }),
      columnHelper.accessor("village_handle", { header: t("artisans.village") }),
      columnHelper.accessor("ethnic_group", {
        header: t("artisans.ethnicGroup"),
        cell: ({ getValue }) => ethnicGroupName(getValue()),
      }),
      columnHelper.accessor("crafts", {
        header: t("artisans.crafts"),
        cell: ({ getValue }) => (
          <div className="flex flex-wrap gap-1">
            {getValue().map((code) => (
              <Badge key={code} size="2xsmall">
                {craftName(code)}
              </Badge>
            ))}
          </div>
        ),
      }),
      columnHelper.accessor("title", {
        header: t("artisans.title"),
        cell: ({ getValue }) => {
          const title = getValue();
          return title ? titleName(title) : "-";
        },
      }),
    ],
    [t, craftName, ethnicGroupName, titleName],
  );

  const table = useDataTable({
    columns,
    data: data?.artisans ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: { state: search, onSearchChange: setSearch },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_event, row) => navigate(`/artisans/${row.id}`),
  });

  const filtered = !!(search.trim() || craft || village);
  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex flex-col items-start gap-2 px-6 py-4 md:flex-row md:items-center">
        <DataTable.Search placeholder={t("artisans.search")} />
        <div className="w-full md:w-56">
          <OptionSelect
            size="small"
            value={craft}
            onChange={setCraft}
            options={CRAFTS.map((code) => ({ value: code, label: craftName(code) }))}
            noneLabel={t("artisans.allCrafts")}
          />
        </div>
        <Input
          size="small"
          type="search"
          className="md:w-48"
          aria-label={t("artisans.villageFilter")}
          placeholder={t("artisans.villageFilter")}
          value={villageText}
          onChange={(event) => setVillageText(event.target.value)}
        />
      </DataTable.Toolbar>
      <DataTable.Table
        emptyState={{
          empty: { heading: filtered ? t("artisans.emptyFiltered") : t("artisans.empty") },
          filtered: { heading: t("artisans.emptyFiltered") },
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
    </DataTable>
  );
}
