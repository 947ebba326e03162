import { z } from "@medusajs/framework/zod";
import { HANDLE_PATTERN } from "../../../modules/craft/vocabulary";

/** How many villages and itineraries the home page can feature. */
export const MAX_FEATURED_VILLAGES = 12;
export const MAX_FEATURED_ITINERARIES = 6;

const Handle = z.string().regex(HANDLE_PATTERN, "must be a handle such as kon-k-tu");
const distinct = (handles: string[]) => new Set(handles).size === handles.length;

/** Body of POST /admin/curation/home: the whole selection, replacing the previous one. */
export const AdminUpdateHomeCuration = z
  .object({
    featured_villages: z
      .array(Handle)
      .min(1, "choose at least one village")
      .max(MAX_FEATURED_VILLAGES)
      .refine(distinct, "a village is chosen twice"),
    seasonal_festival: Handle.nullable(),
    itineraries: z
      .array(Handle)
      .max(MAX_FEATURED_ITINERARIES)
      .refine(distinct, "an itinerary is chosen twice"),
  })
  .strict();
export type AdminUpdateHomeCurationType = z.infer<typeof AdminUpdateHomeCuration>;

/** Query of GET /admin/curation/history. */
export const AdminCurationHistoryParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(10),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type AdminCurationHistoryParamsType = z.infer<typeof AdminCurationHistoryParams>;
