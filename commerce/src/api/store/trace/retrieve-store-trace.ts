import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import type { TraceKey } from "../../../lib/gs1";
import { TRACE_MODULE } from "../../../modules/trace";
import { markUse } from "../../../modules/trace/marks/mark-use";
import type TraceModuleService from "../../../modules/trace/service";
import type { StoreTraceMaker, StoreTraceMark, StoreTraceResponse } from "./types";

interface ProductRow {
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  craft_profile?: { ocop_stars: number | null; marks: string[] } | null;
}

/** The public story of the published record a tag names, or undefined (unknown key, or a draft). */
export async function retrieveStoreTrace(
  container: MedusaContainer,
  key: TraceKey,
  locale?: string,
): Promise<StoreTraceResponse["trace"] | undefined> {
  const service: TraceModuleService = container.resolve(TRACE_MODULE);
  const record = await service.retrievePublishedTraceRecordByKey(key);
  if (!record?.published_at) return undefined;
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const [events, verification, products, artisans] = await Promise.all([
    service.listChain(record.id),
    service.verifyTraceRecord(record.id),
    query.graph(
      {
        entity: "product",
        fields: ["id", "handle", "title", "thumbnail", "craft_profile.ocop_stars", "craft_profile.marks"],
        filters: { id: record.product_id },
      },
      { locale },
    ),
    query.graph({
      entity: "artisan",
      fields: ["id", "handle", "display_name", "village_handle", "ethnic_group"],
      filters: { id: record.makers },
    }),
  ]);
  const product = products.data[0] as ProductRow | undefined;
  const byId = new Map((artisans.data as StoreTraceMaker[]).map((artisan) => [artisan.id, artisan]));
  const markHandles = product?.craft_profile?.marks ?? [];
  const registry = markHandles.length
    ? await service.listMarks({ handle: markHandles }, { relations: ["authorisations"] })
    : [];
  const today = new Date();
  const marks: StoreTraceMark[] = markHandles.map((handle) => {
    const mark = registry.find((entry) => entry.handle === handle);
    return {
      handle,
      kind: mark?.kind ?? null,
      name: mark?.name ?? null,
      owner: mark?.owner ?? null,
      registration_number: mark?.registration_number ?? null,
      use: markUse(mark, record.makers[0], today),
    };
  });
  return {
    kind: record.kind,
    gtin: record.gtin,
    lot: record.lot,
    serial: record.serial,
    batch_size: record.batch_size,
    village_handle: record.village_handle,
    ethnic_group: record.ethnic_group,
    materials: record.materials,
    published_at: new Date(record.published_at).toISOString(),
    sample: (record.metadata as { sample?: unknown } | null)?.sample === true,
    product: product
      ? { id: product.id, handle: product.handle, title: product.title, thumbnail: product.thumbnail }
      : null,
    makers: record.makers.flatMap((id) => byId.get(id) ?? []),
    events: events.map((event) => ({
      sequence: event.sequence,
      type: event.type,
      occurred_on: event.occurred_on,
      place: event.place,
      description: event.description,
      recorded_by_type: event.recorded_by_type,
    })),
    ocop_stars: product?.craft_profile?.ocop_stars ?? null,
    marks,
    verification,
    fingerprint: record.published_head_hash?.slice(0, 8) ?? null,
  };
}
