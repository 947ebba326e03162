import { z } from "@medusajs/framework/zod";
import { ArtisanInputSchema } from "../../../modules/craft/schemas";
import { CRAFTS, HANDLE_PATTERN } from "../../../modules/craft/vocabulary";

/** Body of POST /admin/artisans. */
export const AdminCreateArtisan = ArtisanInputSchema.strict();
export type AdminCreateArtisanType = z.infer<typeof AdminCreateArtisan>;

/** Body of POST /admin/artisans/:id: any subset of the fields. */
export const AdminUpdateArtisan = ArtisanInputSchema.partial().strict();
export type AdminUpdateArtisanType = z.infer<typeof AdminUpdateArtisan>;

/** Query of GET /admin/artisans. */
export const AdminArtisansParams = z
  .object({
    q: z.string().trim().max(100).optional(),
    village: z.string().regex(HANDLE_PATTERN).optional(),
    craft: z.enum(CRAFTS).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type AdminArtisansParamsType = z.infer<typeof AdminArtisansParams>;
