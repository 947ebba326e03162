import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { artisanIdOf } from "../../../lib/artisan-products/actor";
import { TRACE_MODULE } from "../../../modules/trace";
import { markUse } from "../../../modules/trace/marks/mark-use";
import type TraceModuleService from "../../../modules/trace/service";
import type { ArtisanMarksResponse } from "./types";

/**
 * GET /artisan/marks: the registry's marks, each with the signed-in artisan's own right to use it today
 * (other members' authorisations are not shown). The portal's product form offers them.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ArtisanMarksResponse>,
): Promise<void> {
  const artisanId = artisanIdOf(req);
  const service: TraceModuleService = req.scope.resolve(TRACE_MODULE);
  const marks = await service.listMarks({}, { relations: ["authorisations"], order: { handle: "ASC" } });
  const today = new Date();
  res.json({
    marks: marks.map((mark) => ({
      handle: mark.handle,
      kind: mark.kind,
      name: mark.name,
      owner: mark.owner,
      registration_number: mark.registration_number,
      use: markUse(mark, artisanId, today),
    })),
  });
}
