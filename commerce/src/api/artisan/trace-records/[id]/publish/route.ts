import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { artisanIdOf } from "../../../../../lib/artisan-products/actor";
import {
  retrieveOwnTraceRecord,
  toArtisanTraceRecordResponse,
  type ArtisanTraceRecordResponse,
} from "../../../../../lib/artisan-trace";
import { publishTraceRecordWorkflow } from "../../../../../workflows/publish-trace-record";

/**
 * POST /artisan/trace-records/:id/publish: seals one of the artisan's records and its steps so far; the
 * QR code's page shows it from now on. 400 without steps or when the chain is damaged.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ArtisanTraceRecordResponse>,
): Promise<void> {
  const artisanId = artisanIdOf(req);
  const { id } = await retrieveOwnTraceRecord(req.scope, artisanId, req.params.id);
  const { result } = await publishTraceRecordWorkflow(req.scope).run({ input: { id } });
  res.json(await toArtisanTraceRecordResponse(req.scope, result, artisanId));
}
