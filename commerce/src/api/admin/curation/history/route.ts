import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { emailsOfUsers } from "../../../../lib/curation/editors";
import { toAdminRevision } from "../../../../lib/curation/home-curation";
import { CURATION_MODULE } from "../../../../modules/curation";
import type CurationModuleService from "../../../../modules/curation/service";
import { HOME_PAGE } from "../../../../modules/curation/types";
import type { AdminCurationHistoryParamsType } from "../validators";

/** GET /admin/curation/history: the home page's saves, newest first, with who made each (email). */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminCurationHistoryParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const { limit, offset } = req.validatedQuery;
  const service: CurationModuleService = req.scope.resolve(CURATION_MODULE);
  const [revisions, count] = await service.listAndCountCurationRevisions(
    { page: HOME_PAGE },
    { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset },
  );
  const emails = await emailsOfUsers(
    req.scope,
    revisions.map((revision) => revision.created_by),
  );
  res.json({
    revisions: revisions.map((revision) => {
      const row = toAdminRevision(revision);
      return { ...row, created_by: (row.created_by && emails.get(row.created_by)) ?? row.created_by };
    }),
    count,
    limit,
    offset,
  });
}
