import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import {
  retrieveCurationChoices,
  sendStorefrontUnavailable,
} from "../../../../lib/curation/storefront-choices";

/**
 * GET /admin/curation/choices: the villages, festivals and itineraries the storefront's content holds,
 * with their names in both languages (503 `storefront_unreachable` when the storefront cannot be read).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  try {
    res.json(await retrieveCurationChoices());
  } catch (error) {
    sendStorefrontUnavailable(res, error);
  }
}
