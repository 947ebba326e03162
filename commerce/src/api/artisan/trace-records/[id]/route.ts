import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { artisanIdOf } from "../../../../lib/artisan-products/actor";
import {
  retrieveOwnTraceRecord,
  toArtisanTraceRecordResponse,
  type ArtisanTraceRecordResponse,
} from "../../../../lib/artisan-trace";

/** GET /artisan/trace-records/:id: one of the artisan's records with its timeline (404 for anyone else's). */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ArtisanTraceRecordResponse>,
): Promise<void> {
  const artisanId = artisanIdOf(req);
  const record = await retrieveOwnTraceRecord(req.scope, artisanId, req.params.id);
  res.json(await toArtisanTraceRecordResponse(req.scope, record, artisanId));
}
