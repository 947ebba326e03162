import type { InferTypeOf, MedusaContainer } from "@medusajs/framework/types";
import { CURATION_MODULE } from "../../modules/curation";
import type CurationRevision from "../../modules/curation/models/curation-revision";
import type CurationModuleService from "../../modules/curation/service";
import { HOME_PAGE, type AdminCurationRevision, type HomeCuration } from "../../modules/curation/types";

/** A stored revision, as the service returns it. */
export type CurationRevisionRecord = InferTypeOf<typeof CurationRevision>;

const NOTHING_CURATED: HomeCuration = {
  featured_villages: [],
  seasonal_festival: null,
  itineraries: [],
  updated_at: null,
};

/** The newest revision of the home page, if any was saved. */
export async function retrieveLatestHomeRevision(
  container: MedusaContainer,
): Promise<CurationRevisionRecord | undefined> {
  const service: CurationModuleService = container.resolve(CURATION_MODULE);
  const [latest] = await service.listCurationRevisions(
    { page: HOME_PAGE },
    { order: { created_at: "DESC", id: "DESC" }, take: 1 },
  );
  return latest;
}

/** A revision as the API shows it (the page's current choices). */
export function toHomeCuration(revision: CurationRevisionRecord | undefined): HomeCuration {
  if (!revision) return NOTHING_CURATED;
  return {
    featured_villages: revision.featured_villages,
    seasonal_festival: revision.seasonal_festival,
    itineraries: revision.itineraries,
    updated_at: new Date(revision.created_at).toISOString(),
  };
}

/** A revision as the history shows it. */
export function toAdminRevision(revision: CurationRevisionRecord): AdminCurationRevision {
  return {
    id: revision.id,
    featured_villages: revision.featured_villages,
    seasonal_festival: revision.seasonal_festival,
    itineraries: revision.itineraries,
    created_at: new Date(revision.created_at).toISOString(),
    created_by: revision.created_by,
  };
}
