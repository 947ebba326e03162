import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { MedusaError } from "@medusajs/framework/utils";
import type { CurationChoices } from "../../modules/curation/types";
import type { HomeCurationInput } from "../update-home-curation";

/** The first handle of `handles` that is not among `known`. */
function firstUnknown(handles: readonly string[], known: readonly { handle: string }[]): string | undefined {
  const set = new Set(known.map((choice) => choice.handle));
  return handles.find((handle) => !set.has(handle));
}

function unknown(code: string, what: string, handle: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `There is no ${what} "${handle}" on the storefront: choose one from the list (the storefront's content decides which exist).`,
    code,
  );
}

/**
 * Checks every handle against the storefront's content (the choices): an unknown one is a 400 with the
 * code `unknown_village`, `unknown_festival` or `unknown_itinerary`. Writes nothing.
 */
export const validateHomeCurationStep = createStep(
  "validate-home-curation",
  async (input: { curation: HomeCurationInput; choices: CurationChoices }) => {
    const { curation, choices } = input;
    const village = firstUnknown(curation.featured_villages, choices.villages);
    if (village) throw unknown("unknown_village", "village", village);
    const festival = curation.seasonal_festival;
    if (festival !== null && firstUnknown([festival], choices.festivals)) {
      throw unknown("unknown_festival", "festival", festival);
    }
    const itinerary = firstUnknown(curation.itineraries, choices.itineraries);
    if (itinerary) throw unknown("unknown_itinerary", "itinerary", itinerary);
    return new StepResponse(undefined);
  },
);
