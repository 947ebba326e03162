import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { retrieveLatestHomeRevision, toHomeCuration } from "../../../../lib/curation/home-curation";
import type { StoreHomeCurationResponse } from "../../../../modules/curation/types";

/**
 * GET /store/curation/home: the home page as the tourism office curated it (empty lists and
 * `updated_at: null` until the first save). The storefront caches it briefly.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreHomeCurationResponse>): Promise<void> {
  res.json(toHomeCuration(await retrieveLatestHomeRevision(req.scope)));
}
