import type { MedusaContainer } from "@medusajs/framework/types";
import { readEnv, storefrontUrl } from "../../../env";
import { buildDigitalLink, type TraceKey } from "../../../lib/gs1";
import { TRACE_MODULE } from "../../../modules/trace";
import type TraceModuleService from "../../../modules/trace/service";
import type { TraceEventDTO, TraceRecordDTO } from "../../../modules/trace/service";

/** A trace record as the admin API returns it: its fields, its events in order, and its tag's link. */
export type AdminTraceRecord = TraceRecordDTO & { events: TraceEventDTO[]; digital_link: string };

/** What the record's tag identifies. */
export function traceKeyOf(record: TraceRecordDTO): TraceKey {
  return record.kind === "batch"
    ? { kind: "batch", gtin: record.gtin, lot: record.lot ?? "" }
    : { kind: "piece", gtin: record.gtin, serial: record.serial ?? "" };
}

/** The GS1 Digital Link URI on the storefront's domain (STOREFRONT_URL) that the record's QR code holds. */
export function digitalLinkOf(record: TraceRecordDTO): string {
  return buildDigitalLink(storefrontUrl(readEnv()), traceKeyOf(record));
}

/** The record with its events and link (404 for an unknown id). */
export async function retrieveAdminTraceRecord(
  container: MedusaContainer,
  id: string,
): Promise<AdminTraceRecord> {
  const service: TraceModuleService = container.resolve(TRACE_MODULE);
  const record = await service.retrieveTraceRecordOr404(id);
  const { events: _relation, ...fields } = record as TraceRecordDTO & { events?: unknown };
  return {
    ...fields,
    events: await service.listChain(id),
    digital_link: digitalLinkOf(record),
  } as AdminTraceRecord;
}
