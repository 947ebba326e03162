import { ArrowDownTray, DocumentText } from "@medusajs/icons";
import { Button, Container, Heading, Input, Text, toast } from "@medusajs/ui";
import { useEffect, useState } from "react";
import type { AdminTraceRecord } from "../../../api/admin/trace-records/types";
import { fetchTraceQr, useTraceQrSvg } from "../../hooks/use-trace-records";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import { tagSheetUrl } from "../../lib/tag-sheet-url";
import { CopyButton } from "../common/CopyButton";
import { Field } from "../common/Field";
import type { DashboardLanguage } from "../curation/curation-options";

/** Saves a file the browser was given as a blob (a click on a temporary download link). */
function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The QR code (preview, SVG and PNG downloads), its Digital Link, and the tag sheet of this record. */
export function TraceQrSection({
  record,
  language,
}: {
  record: AdminTraceRecord;
  language: DashboardLanguage;
}) {
  const { t } = useT();
  const { data: svg } = useTraceQrSvg(record.id, record.digital_link);
  const [preview, setPreview] = useState<string | null>(null);
  const [copies, setCopies] = useState(String(record.batch_size));
  const published = !!record.published_at;
  const filename = `tag-${record.gtin}-${(record.lot ?? record.serial ?? "").replace(/[^A-Za-z0-9._-]/g, "_")}`;
  useEffect(() => {
    if (!svg) return;
    const url = URL.createObjectURL(svg);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [svg]);

  const download = (format: "svg" | "png") =>
    fetchTraceQr(record.id, format).then(
      (blob) => saveBlob(blob, `${filename}.${format}`),
      (error) => toast.error(t("common.loadError", { message: errorMessage(error) })),
    );
  const copiesNumber = Number(copies);
  const validCopies = Number.isInteger(copiesNumber) && copiesNumber >= 1 && copiesNumber <= 1000;

  return (
    <Container className="divide-y p-0" data-testid="trace-qr">
      <div className="px-6 py-4">
        <Heading level="h2">{t("trace.qr.heading")}</Heading>
      </div>
      <div className="flex flex-col items-center gap-y-3 px-6 py-4">
        {preview ? (
          <img
            src={preview}
            alt={t("trace.qr.alt", { link: record.digital_link })}
            className="h-48 w-48"
            data-testid="trace-qr-preview"
          />
        ) : (
          <div className="bg-ui-bg-component h-48 w-48 rounded" />
        )}
        {!published && (
          <Text size="small" className="text-ui-fg-subtle text-center">
            {t("trace.qr.draftNote")}
          </Text>
        )}
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" onClick={() => download("svg")}>
            <ArrowDownTray />
            {t("trace.qr.downloadSvg")}
          </Button>
          <Button size="small" variant="secondary" onClick={() => download("png")}>
            <ArrowDownTray />
            {t("trace.qr.downloadPng")}
          </Button>
        </div>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          {t("trace.qr.digitalLink")}
        </Text>
        <div className="flex items-center gap-x-2">
          <code
            className="txt-compact-small text-ui-fg-subtle min-w-0 flex-1 break-all"
            data-testid="trace-digital-link"
          >
            {record.digital_link}
          </code>
          <CopyButton text={record.digital_link} />
        </div>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {published ? (
          <>
            <Field label={t("trace.qr.copies")} htmlFor="trace-copies" hint={t("trace.qr.copiesHint")}>
              <Input
                id="trace-copies"
                type="number"
                inputMode="numeric"
                min={1}
                max={1000}
                size="small"
                value={copies}
                aria-invalid={!validCopies || undefined}
                onChange={(event) => setCopies(event.target.value)}
              />
            </Field>
            <Button size="small" variant="secondary" asChild disabled={!validCopies}>
              <a
                href={tagSheetUrl([record.id], language, validCopies ? copiesNumber : undefined)}
                target="_blank"
                rel="noopener"
                data-testid="trace-print-tags"
              >
                <DocumentText />
                {t("trace.qr.printTags")}
              </a>
            </Button>
          </>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("trace.qr.printDraft")}
          </Text>
        )}
      </div>
    </Container>
  );
}
