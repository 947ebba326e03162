import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { traceQrPng, traceQrSvg } from "../../../../../lib/qr";
import { digitalLinkOf } from "../../../../../lib/trace-tags";
import { TRACE_MODULE } from "../../../../../modules/trace";
import type TraceModuleService from "../../../../../modules/trace/service";
import type { AdminTraceQrParamsType } from "../../validators";

/** GET /admin/trace-records/:id/qr?format=svg|png&width=512: the QR code of the record's tag. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminTraceQrParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const service: TraceModuleService = req.scope.resolve(TRACE_MODULE);
  const uri = digitalLinkOf(await service.retrieveTraceRecordOr404(req.params.id));
  const { format, width } = req.validatedQuery;
  res.setHeader("Content-Type", format === "svg" ? "image/svg+xml" : "image/png");
  res.send(format === "svg" ? await traceQrSvg(uri) : await traceQrPng(uri, { width }));
}
