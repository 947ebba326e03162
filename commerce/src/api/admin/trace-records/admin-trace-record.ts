import type { MedusaContainer } from "@medusajs/framework/types";
import { digitalLinkOf, productsById } from "../../../lib/trace-tags";
import { TRACE_MODULE } from "../../../modules/trace";
import { verifyChain } from "../../../modules/trace/chain";
import type TraceModuleService from "../../../modules/trace/service";
import type { TraceEventDTO, TraceRecordDTO } from "../../../modules/trace/service";
import { artisansById, recorderNames } from "./trace-record-refs";
import type { AdminTraceProduct, AdminTraceRecord, AdminTraceRecordSummary } from "./types";

const iso = (date: Date | string | null) => (date === null ? null : new Date(date).toISOString());

/** A record as the admin list shows it: its fields as JSON, link, product, events count and verification. */
export function toAdminTraceRecordSummary(
  record: TraceRecordDTO,
  events: TraceEventDTO[],
  product: AdminTraceProduct | null,
): AdminTraceRecordSummary {
  const { events: _relation, ...fields } = record as TraceRecordDTO & { events?: unknown };
  return {
    ...fields,
    metadata: (record.metadata as Record<string, unknown> | null) ?? null,
    published_at: iso(record.published_at),
    created_at: iso(record.created_at) ?? "",
    updated_at: iso(record.updated_at) ?? "",
    digital_link: digitalLinkOf(record),
    product,
    events_count: events.length,
    verification: verifyChain(record, events),
  };
}

/** Records with their products and chains (two queries for the whole page). */
export async function toAdminTraceRecordSummaries(
  container: MedusaContainer,
  records: TraceRecordDTO[],
): Promise<AdminTraceRecordSummary[]> {
  const service: TraceModuleService = container.resolve(TRACE_MODULE);
  const [chains, products] = await Promise.all([
    service.listChains(records.map((record) => record.id)),
    productsById(
      container,
      records.map((record) => record.product_id),
    ),
  ]);
  return records.map((record) =>
    toAdminTraceRecordSummary(record, chains.get(record.id) ?? [], products.get(record.product_id) ?? null),
  );
}

/** The record with its events (and who recorded them), makers and link (404 for an unknown id). */
export async function retrieveAdminTraceRecord(
  container: MedusaContainer,
  id: string,
): Promise<AdminTraceRecord> {
  const service: TraceModuleService = container.resolve(TRACE_MODULE);
  const record = await service.retrieveTraceRecordOr404(id);
  const events = await service.listChain(id);
  const artisanIds = [
    ...record.makers,
    ...events.filter((event) => event.recorded_by_type === "artisan").map((event) => event.recorded_by_id),
  ];
  const [products, artisans] = await Promise.all([
    productsById(container, [record.product_id]),
    artisansById(container, artisanIds),
  ]);
  const names = await recorderNames(container, events, artisans);
  return {
    ...toAdminTraceRecordSummary(record, events, products.get(record.product_id) ?? null),
    maker_details: record.makers.flatMap((maker) => artisans.get(maker) ?? []),
    events: events.map((event) => ({
      id: event.id,
      sequence: event.sequence,
      type: event.type,
      occurred_on: event.occurred_on,
      place: event.place,
      description: event.description,
      recorded_by_type: event.recorded_by_type,
      recorded_by_id: event.recorded_by_id,
      recorded_by_name: names.get(event.recorded_by_id) ?? null,
      recorded_at: iso(event.recorded_at) ?? "",
      prev_hash: event.prev_hash,
      hash: event.hash,
    })),
  };
}
