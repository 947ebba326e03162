import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { TRACE_MODULE } from "../../../modules/trace";
import type TraceModuleService from "../../../modules/trace/service";
import { createMarkWorkflow } from "../../../workflows/create-mark";
import type { AdminCreateMarkType } from "./validators";

/** GET /admin/marks: the registry, with each mark's authorisations. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const service: TraceModuleService = req.scope.resolve(TRACE_MODULE);
  const marks = await service.listMarks({}, { relations: ["authorisations"], order: { handle: "ASC" } });
  res.json({ marks });
}

/** POST /admin/marks: adds a mark (409 when the handle is taken). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateMarkType>,
  res: MedusaResponse,
): Promise<void> {
  const { result } = await createMarkWorkflow(req.scope).run({ input: req.validatedBody });
  res.status(201).json({ mark: result });
}
