import type { MedusaContainer } from "@medusajs/framework/types";
import { TRACE_MODULE } from "../../modules/trace";
import type TraceModuleService from "../../modules/trace/service";
import { traceQrSvg } from "../qr";
import { productsById } from "./products-by-id";
import { digitalLinkOf, shortDomain } from "./record-link";
import { MAX_TAGS_PER_SHEET } from "./tag-layout";
import type { TagContent } from "./tag-sheet-html";
import type { TagSheetText } from "./tag-sheet-text";

/** Why no sheet is printed: the HTTP status, Medusa's error type, and the message in either language. */
export interface TagSheetRefusal {
  status: 400 | 404;
  type: "not_found" | "not_allowed" | "invalid_data";
  say: (text: TagSheetText) => string;
}

/**
 * The tags of the records `ids`, in that order: each record's tag `copies` times, or by default a batch's
 * once per piece (batch_size) and a piece's once. Refused: unknown ids (404), drafts (400: their codes lead
 * nowhere yet), more than MAX_TAGS_PER_SHEET tags (400).
 */
export async function collectTags(
  container: MedusaContainer,
  ids: string[],
  copies: number | undefined,
): Promise<{ tags: TagContent[] } | { refusal: TagSheetRefusal }> {
  const service: TraceModuleService = container.resolve(TRACE_MODULE);
  const unique = [...new Set(ids)];
  const found = await service.listTraceRecords({ id: unique });
  const byId = new Map(found.map((record) => [record.id, record]));
  const unknown = unique.filter((id) => !byId.has(id));
  if (unknown.length) {
    return { refusal: { status: 404, type: "not_found", say: (text) => text.unknown(unknown.join(", ")) } };
  }
  const records = unique.flatMap((id) => byId.get(id) ?? []);
  const drafts = records.filter((record) => !record.published_at || !record.published_head_hash);
  if (drafts.length) {
    const labels = drafts.map((record) => `${record.lot ?? record.serial} (${record.id})`).join(", ");
    return { refusal: { status: 400, type: "not_allowed", say: (text) => text.draft(labels) } };
  }
  const count = (batchSize: number) => copies ?? batchSize;
  const total = records.reduce((sum, record) => sum + count(record.batch_size), 0);
  if (total > MAX_TAGS_PER_SHEET) {
    return {
      refusal: { status: 400, type: "invalid_data", say: (text) => text.tooMany(total, MAX_TAGS_PER_SHEET) },
    };
  }
  const products = await productsById(
    container,
    records.map((record) => record.product_id),
  );
  const domain = shortDomain();
  const tags: TagContent[] = [];
  for (const record of records) {
    const digitalLink = digitalLinkOf(record);
    const tag: TagContent = {
      record_id: record.id,
      kind: record.kind,
      product: products.get(record.product_id)?.title ?? "",
      key: record.lot ?? record.serial ?? "",
      fingerprint: (record.published_head_hash ?? "").slice(0, 8),
      domain,
      sample: (record.metadata as { sample?: unknown } | null)?.sample === true,
      digital_link: digitalLink,
      qr_svg: await traceQrSvg(digitalLink),
    };
    for (let copy = 0; copy < count(record.batch_size); copy += 1) tags.push(tag);
  }
  return { tags };
}
