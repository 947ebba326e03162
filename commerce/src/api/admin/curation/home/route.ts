import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import type { MedusaContainer } from "@medusajs/framework/types";
import { emailsOfUsers } from "../../../../lib/curation/editors";
import { retrieveLatestHomeRevision, toHomeCuration } from "../../../../lib/curation/home-curation";
import {
  retrieveCurationChoices,
  sendStorefrontUnavailable,
} from "../../../../lib/curation/storefront-choices";
import type { AdminHomeCurationResponse } from "../../../../modules/curation/types";
import { updateHomeCurationWorkflow } from "../../../../workflows/update-home-curation";
import type { AdminUpdateHomeCurationType } from "../validators";

async function currentCuration(container: MedusaContainer): Promise<AdminHomeCurationResponse> {
  const revision = await retrieveLatestHomeRevision(container);
  const emails = await emailsOfUsers(container, [revision?.created_by ?? null]);
  const updatedBy = revision?.created_by ?? null;
  return { ...toHomeCuration(revision), updated_by: (updatedBy && emails.get(updatedBy)) ?? updatedBy };
}

/** GET /admin/curation/home: the home page's current choices, and who saved them. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json(await currentCuration(req.scope));
}

/**
 * POST /admin/curation/home: saves a new selection (all three parts). Every handle must exist in the
 * storefront's content: 400 `unknown_village` / `unknown_festival` / `unknown_itinerary` otherwise, and
 * nothing is saved; 503 `storefront_unreachable` when the storefront cannot be asked.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateHomeCurationType>,
  res: MedusaResponse,
): Promise<void> {
  let choices;
  try {
    choices = await retrieveCurationChoices();
  } catch (error) {
    sendStorefrontUnavailable(res, error);
    return;
  }
  await updateHomeCurationWorkflow(req.scope).run({
    input: { curation: req.validatedBody, choices, actor_id: req.auth_context.actor_id ?? null },
  });
  res.json(await currentCuration(req.scope));
}
