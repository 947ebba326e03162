import type { MedusaResponse } from "@medusajs/framework/http";
import { markRefusalsOf, type MarkRefusalBody } from "../../modules/trace/marks/mark-refusals";

/**
 * Runs a route's write; when the validate-mark-use step refused marks, answers the 400 itself with
 * `{ type, code: "mark_not_allowed", message, refusals }` (Medusa's error handler would keep only
 * type, code and message). Any other error goes on to Medusa's handler. True when it answered.
 */
export async function refusingMarks(
  res: MedusaResponse<MarkRefusalBody> | MedusaResponse,
  write: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await write();
    return false;
  } catch (error) {
    const refusals = markRefusalsOf(error);
    if (!refusals) throw error;
    const body: MarkRefusalBody = {
      type: "invalid_data",
      code: "mark_not_allowed",
      message: (error as { message?: string }).message ?? "The product cannot show its marks",
      refusals,
    };
    res.status(400).json(body);
    return true;
  }
}
