import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { MedusaError } from "@medusajs/framework/utils";
import { artisanIdOf } from "../../../lib/artisan-products/actor";
import { assertOwnProduct, listOwnProductIds } from "../../../lib/artisan-products/assert-own-product";
import { findArtisan } from "../../../lib/artisan-auth/artisan-account";
import {
  artisanTraceRecordInput,
  assertCoMakersExist,
  toArtisanTraceRecordResponse,
  toArtisanTraceRecords,
  type ArtisanTraceRecordResponse,
  type ArtisanTraceRecordsResponse,
} from "../../../lib/artisan-trace";
import { TRACE_MODULE } from "../../../modules/trace";
import type TraceModuleService from "../../../modules/trace/service";
import { createTraceRecordWorkflow } from "../../../workflows/create-trace-record";
import type { ArtisanCreateTraceRecordType, ArtisanTraceRecordsParamsType } from "./validators";

/** GET /artisan/trace-records: the records of the artisan's products, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ArtisanTraceRecordsParamsType>,
  res: MedusaResponse<ArtisanTraceRecordsResponse>,
): Promise<void> {
  const { product_id, limit, offset } = req.validatedQuery;
  const own = await listOwnProductIds(req.scope, artisanIdOf(req));
  const products = product_id ? own.filter((id) => id === product_id) : own;
  if (!products.length) {
    res.json({ trace_records: [], count: 0 });
    return;
  }
  const service: TraceModuleService = req.scope.resolve(TRACE_MODULE);
  const [records, count] = await service.listAndCountTraceRecords(
    { product_id: products },
    { order: { created_at: "DESC" }, skip: offset, take: limit },
  );
  res.json({ trace_records: await toArtisanTraceRecords(req.scope, records), count });
}

/**
 * POST /artisan/trace-records: a draft record of one of the artisan's products (404 for anyone else's),
 * with the artisan as its main maker; the GTIN is the product's or a new one (create-trace-record).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<ArtisanCreateTraceRecordType>,
  res: MedusaResponse<ArtisanTraceRecordResponse>,
): Promise<void> {
  const artisanId = artisanIdOf(req);
  const body = req.validatedBody;
  await assertOwnProduct(req.scope, artisanId, body.product_id);
  const artisan = await findArtisan(req.scope, artisanId);
  if (!artisan)
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This artisan account no longer exists");
  const input = artisanTraceRecordInput(body, artisan);
  await assertCoMakersExist(req.scope, input.makers.slice(1));
  const { result } = await createTraceRecordWorkflow(req.scope).run({ input });
  const service: TraceModuleService = req.scope.resolve(TRACE_MODULE);
  const record = await service.retrieveTraceRecordOr404(result.id);
  res.status(201).json(await toArtisanTraceRecordResponse(req.scope, record, artisanId));
}
