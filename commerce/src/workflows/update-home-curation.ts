import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { HOME_PAGE, type CurationChoices, type HomeCuration } from "../modules/curation/types";
import { createCurationRevisionStep } from "./steps/create-curation-revision";
import { validateHomeCurationStep } from "./steps/validate-home-curation";

/** The choices a curator saves for the home page. */
export type HomeCurationInput = Omit<HomeCuration, "updated_at">;

export interface UpdateHomeCurationInput {
  curation: HomeCurationInput;
  /** What the storefront offers (its content collections): every handle must be among them. */
  choices: CurationChoices;
  /** The admin user who saves. */
  actor_id: string | null;
}

/**
 * Saves the home page's featured villages, seasonal festival and itineraries as a new revision, after
 * checking each handle against the storefront's content. The storefront shows it within its cache time.
 */
export const updateHomeCurationWorkflow = createWorkflow(
  "update-home-curation",
  (input: UpdateHomeCurationInput) => {
    validateHomeCurationStep({ curation: input.curation, choices: input.choices });
    const record = transform({ input }, ({ input }) => ({
      page: HOME_PAGE,
      ...input.curation,
      created_by: input.actor_id,
    }));
    const revision = createCurationRevisionStep(record);
    return new WorkflowResponse(revision);
  },
);
