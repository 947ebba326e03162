import { z } from "@medusajs/framework/zod";
import { CRAFTS, HANDLE_PATTERN } from "../../../modules/craft/vocabulary";

const handle = z.string().regex(HANDLE_PATTERN, "must be a handle such as kon-k-tu");

/** Query of GET /store/artisans. */
export const StoreArtisansParams = z
  .object({
    /** One artisan by handle (a list of at most one). */
    handle: handle.optional(),
    village: handle.optional(),
    craft: z.enum(CRAFTS).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type StoreArtisansParamsType = z.infer<typeof StoreArtisansParams>;

/** Query of GET /store/artisans/:handle. */
export const StoreArtisanParams = z
  .object({
    region_id: z.string().min(1, "region_id is required: prices are shown in a region's currency"),
    limit: z.coerce.number().int().min(1).max(100).default(24),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type StoreArtisanParamsType = z.infer<typeof StoreArtisanParams>;
