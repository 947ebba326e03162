import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { MedusaError } from "@medusajs/framework/utils";
import { artisanIdOf } from "../../../../../lib/artisan-products/actor";
import { retrieveOwnTraceRecord } from "../../../../../lib/artisan-trace";
import { traceQrPng, traceQrSvg } from "../../../../../lib/qr";
import { digitalLinkOf } from "../../../../../lib/trace-tags";
import type { ArtisanTraceQrParamsType } from "../../validators";

/**
 * GET /artisan/trace-records/:id/qr?format=svg|png&width=512: the QR code of one of the artisan's
 * published records. A draft has none yet (400 `trace_not_published`): its link would open nothing.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ArtisanTraceQrParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const record = await retrieveOwnTraceRecord(req.scope, artisanIdOf(req), req.params.id);
  if (!record.published_at) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Trace record ${record.id} is a draft: publish it before printing its QR code`,
      "trace_not_published",
    );
  }
  const uri = digitalLinkOf(record);
  const { format, width } = req.validatedQuery;
  res.setHeader("Content-Type", format === "svg" ? "image/svg+xml" : "image/png");
  res.setHeader("Cache-Control", "private, no-store");
  res.send(format === "svg" ? await traceQrSvg(uri) : await traceQrPng(uri, { width }));
}
