import type { MedusaContainer } from "@medusajs/framework/types";
import { ARTISAN_MODULE } from "../../modules/artisan";
import type ArtisanModuleService from "../../modules/artisan/service";
import { TRACE_MODULE } from "../../modules/trace";
import type TraceModuleService from "../../modules/trace/service";
import type { TraceEventDTO, TraceRecordDTO } from "../../modules/trace/service";
import { retrieveArtisanProducts } from "../artisan-products/retrieve-artisan-products";
import { digitalLinkOf } from "../trace-tags";
import type { ArtisanTraceEvent, ArtisanTraceRecord, ArtisanTraceRecordResponse } from "./types";

/** Length of the head-hash fingerprint printed under the QR code (as on the public page). */
const FINGERPRINT_LENGTH = 8;

const iso = (value: Date | string) => new Date(value).toISOString();

function toEvent(record: TraceRecordDTO, event: TraceEventDTO, artisanId: string): ArtisanTraceEvent {
  return {
    id: event.id,
    sequence: event.sequence,
    type: event.type,
    occurred_on: event.occurred_on,
    place: event.place as ArtisanTraceEvent["place"],
    description: event.description as ArtisanTraceEvent["description"],
    recorded_by_type: event.recorded_by_type,
    recorded_by_me: event.recorded_by_type === "artisan" && event.recorded_by_id === artisanId,
    recorded_at: iso(event.recorded_at),
    after_publication: record.published_sequence !== null && event.sequence > record.published_sequence,
  };
}

/** Records as the portal shows them (products and makers by name, counts of steps), in the given order. */
export async function toArtisanTraceRecords(
  scope: MedusaContainer,
  records: TraceRecordDTO[],
): Promise<ArtisanTraceRecord[]> {
  if (!records.length) return [];
  const trace: TraceModuleService = scope.resolve(TRACE_MODULE);
  const artisans: ArtisanModuleService = scope.resolve(ARTISAN_MODULE);
  const makerIds = [...new Set(records.flatMap((record) => record.makers as string[]))];
  const [products, makers, chains] = await Promise.all([
    retrieveArtisanProducts(scope, [...new Set(records.map((record) => record.product_id))]),
    artisans.listArtisans({ id: makerIds }, { select: ["id", "display_name"] }),
    trace.listChains(records.map((record) => record.id)),
  ]);
  return records.map((record) => {
    const product = products.find((candidate) => candidate.id === record.product_id);
    return {
      id: record.id,
      kind: record.kind,
      gtin: record.gtin,
      lot: record.lot,
      serial: record.serial,
      batch_size: record.batch_size,
      status: record.published_at ? "published" : "draft",
      published_at: record.published_at ? iso(record.published_at) : null,
      fingerprint: record.published_head_hash?.slice(0, FINGERPRINT_LENGTH) ?? null,
      digital_link: digitalLinkOf(record),
      makers: (record.makers as string[]).map((id) => ({
        id,
        display_name: makers.find((maker) => maker.id === id)?.display_name ?? id,
      })),
      village_handle: record.village_handle,
      ethnic_group: record.ethnic_group,
      materials: record.materials,
      product: product ? { id: product.id, title: product.title, thumbnail: product.thumbnail } : null,
      events_count: chains.get(record.id)?.length ?? 0,
      created_at: iso(record.created_at),
    };
  });
}

/** One record with its timeline, as `GET /artisan/trace-records/:id` answers (ownership checked before). */
export async function toArtisanTraceRecordResponse(
  scope: MedusaContainer,
  record: TraceRecordDTO,
  artisanId: string,
): Promise<ArtisanTraceRecordResponse> {
  const trace: TraceModuleService = scope.resolve(TRACE_MODULE);
  const [[summary], events] = await Promise.all([
    toArtisanTraceRecords(scope, [record]),
    trace.listChain(record.id),
  ]);
  return {
    trace_record: { ...summary, events: events.map((event) => toEvent(record, event, artisanId)) },
  };
}
