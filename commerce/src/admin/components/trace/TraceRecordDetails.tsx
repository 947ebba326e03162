import { PencilSquare } from "@medusajs/icons";
import { Button, Container, Heading, Text } from "@medusajs/ui";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { AdminTraceRecord } from "../../../api/admin/trace-records/types";
import { useT } from "../../hooks/use-t";
import { InfoRow } from "../common/InfoRow";
import { TraceRecordEditDrawer } from "./TraceRecordEditDrawer";
import { SampleBadge, TraceStatusBadge } from "./TraceStatusBadge";

/** A record's own fields; "Edit" (a drawer) while it is a draft. */
export function TraceRecordDetails({
  record,
  formatDate,
}: {
  record: AdminTraceRecord;
  formatDate: (iso: string) => string;
}) {
  const { t, ethnicGroupName } = useT();
  const [editing, setEditing] = useState(false);
  const draft = !record.published_at;
  const key = (record.lot ?? record.serial) || "";

  return (
    <Container className="divide-y p-0" data-testid="trace-record-details">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading>
            {record.product?.title ?? t("trace.noProduct")} · {t(`trace.keyOf.${record.kind}`, { key })}
          </Heading>
          <div className="flex items-center gap-x-1">
            <TraceStatusBadge record={record} />
            <SampleBadge record={record} />
          </div>
        </div>
        {draft && (
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            <PencilSquare />
            {t("common.edit")}
          </Button>
        )}
      </div>
      {!draft && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          {t("trace.publishedLocked")}
        </Text>
      )}
      <InfoRow label={t("trace.details.product")}>
        {record.product ? (
          <Link to={`/products/${record.product.id}`} className="text-ui-fg-interactive">
            {record.product.title}
          </Link>
        ) : (
          t("trace.noProduct")
        )}
      </InfoRow>
      <InfoRow label={t("trace.details.kind")}>
        {record.kind === "batch" ? t("trace.batchOf", { count: record.batch_size }) : t("trace.kind.piece")}
      </InfoRow>
      <InfoRow label={t("trace.details.key")}>
        <span className="font-mono">{key}</span>
      </InfoRow>
      <InfoRow label={t("trace.details.gtin")}>
        <span className="font-mono">{record.gtin}</span>
      </InfoRow>
      <InfoRow label={t("trace.details.makers")}>
        <ul>
          {record.makers.map((id) => {
            const maker = record.maker_details.find((candidate) => candidate.id === id);
            return (
              <li key={id}>
                {maker ? (
                  <Link to={`/artisans/${id}`} className="text-ui-fg-interactive">
                    {maker.display_name}
                  </Link>
                ) : (
                  t("trace.details.unknownMaker", { id })
                )}
              </li>
            );
          })}
        </ul>
      </InfoRow>
      <InfoRow label={t("trace.details.village")}>{record.village_handle}</InfoRow>
      <InfoRow label={t("trace.details.ethnicGroup")}>
        {record.ethnic_group ? ethnicGroupName(record.ethnic_group) : "-"}
      </InfoRow>
      <InfoRow label={t("trace.details.materials")}>
        <ul className="flex flex-col gap-y-2">
          {record.materials.map((material, index) => (
            <li key={index}>
              <span lang="vi" className="text-ui-fg-base">
                {material.name.vi}
              </span>
              {material.name.en && (
                <span lang="en" className="text-ui-fg-muted">
                  {" "}
                  · {material.name.en}
                </span>
              )}
              <span className="text-ui-fg-subtle block" lang="vi">
                {t("trace.details.materialOrigin", { origin: material.origin.vi })}
              </span>
            </li>
          ))}
        </ul>
      </InfoRow>
      <InfoRow label={t("trace.details.publishedAt")}>
        {record.published_at ? formatDate(record.published_at) : t("trace.details.notPublished")}
      </InfoRow>
      <TraceRecordEditDrawer record={record} open={editing} onOpenChange={setEditing} />
    </Container>
  );
}
