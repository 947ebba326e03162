import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { appendTraceEventWorkflow } from "../../../../../workflows/append-trace-event";
import type { AdminAppendTraceEventType } from "../../validators";

/**
 * POST /admin/trace-records/:id/events: appends a production step or check, recorded as by the signed-in
 * admin user. Events cannot be changed or removed afterwards; a correction is a new event.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminAppendTraceEventType>,
  res: MedusaResponse,
): Promise<void> {
  const { result } = await appendTraceEventWorkflow(req.scope).run({
    input: {
      record_id: req.params.id,
      event: req.validatedBody,
      recorder: { type: "user", id: req.auth_context.actor_id },
    },
  });
  res.status(201).json({ trace_event: result });
}
