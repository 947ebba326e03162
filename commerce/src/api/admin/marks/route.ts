import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { TRACE_MODULE } from "../../../modules/trace";
import type TraceModuleService from "../../../modules/trace/service";
import { createMarkWorkflow } from "../../../workflows/create-mark";
import { retrieveAdminMark, toAdminMarks } from "./admin-mark";
import type { AdminMarkResponse, AdminMarksResponse } from "./types";
import type { AdminCreateMarkType } from "./validators";

/** GET /admin/marks: the registry, each mark with its authorisations (status today) and current members. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminMarksResponse>,
): Promise<void> {
  const service: TraceModuleService = req.scope.resolve(TRACE_MODULE);
  const marks = await service.listMarks({}, { relations: ["authorisations"], order: { handle: "ASC" } });
  res.json({ marks: await toAdminMarks(req.scope, marks) });
}

/** POST /admin/marks: adds a mark (422 when the handle is taken). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateMarkType>,
  res: MedusaResponse<AdminMarkResponse>,
): Promise<void> {
  const { result } = await createMarkWorkflow(req.scope).run({ input: req.validatedBody });
  res.status(201).json({ mark: await retrieveAdminMark(req.scope, result.id) });
}
