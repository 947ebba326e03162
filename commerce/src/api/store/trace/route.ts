import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http";
import { digitalLinkPath } from "../../../lib/gs1";
import { traceKeyOf } from "../../../lib/trace-tags";
import { TRACE_MODULE } from "../../../modules/trace";
import type TraceModuleService from "../../../modules/trace/service";
import type { StoreTraceRecordsResponse } from "./types";
import type { StoreTraceRecordsParamsType } from "./validators";

/**
 * GET /store/trace?product_id=: the product's published trace records, newest first, each with its tag's
 * Digital Link path (the product page links to their trace pages). Drafts are never listed.
 */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreTraceRecordsParamsType>,
  res: MedusaResponse<StoreTraceRecordsResponse>,
): Promise<void> {
  const { product_id, limit } = req.validatedQuery;
  const service: TraceModuleService = req.scope.resolve(TRACE_MODULE);
  const records = await service.listTraceRecords(
    { product_id, published_at: { $ne: null } },
    { order: { published_at: "DESC", created_at: "DESC" }, take: limit },
  );
  res.setHeader("Cache-Control", "public, max-age=60, stale-while-revalidate=600");
  res.json({
    trace_records: records.map((record) => ({
      kind: record.kind,
      gtin: record.gtin,
      lot: record.lot,
      serial: record.serial,
      batch_size: record.batch_size,
      published_at: new Date(record.published_at ?? 0).toISOString(),
      path: digitalLinkPath(traceKeyOf(record)),
      sample: (record.metadata as { sample?: unknown } | null)?.sample === true,
    })),
  });
}
