import { z } from "@medusajs/framework/zod";
import {
  CalendarDateSchema,
  MarkAuthorisationInputSchema,
  MarkInputSchema,
} from "../../../modules/trace/schemas";

/** Body of POST /admin/marks. */
export const AdminCreateMark = MarkInputSchema;
export type AdminCreateMarkType = z.infer<typeof AdminCreateMark>;

/** Body of POST /admin/marks/:id/authorisations. */
export const AdminAuthoriseMarkUse = MarkAuthorisationInputSchema;
export type AdminAuthoriseMarkUseType = z.infer<typeof AdminAuthoriseMarkUse>;

/** Body of POST /admin/marks/:id/authorisations/:authorisation_id: the new last day (ends it early). */
export const AdminEndMarkAuthorisation = z.strictObject({ valid_to: CalendarDateSchema });
export type AdminEndMarkAuthorisationType = z.infer<typeof AdminEndMarkAuthorisation>;

/** Query of GET /admin/marks/:id/use: may this artisan's product show the mark on that day (default today)? */
export const AdminMarkUseParams = z
  .object({ artisan_id: z.string().min(1), date: CalendarDateSchema.optional() })
  .strict();
export type AdminMarkUseParamsType = z.infer<typeof AdminMarkUseParams>;
