import { z } from "@medusajs/framework/zod";

/** Query of GET /artisan/orders. */
export const ArtisanOrdersParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type ArtisanOrdersParamsType = z.infer<typeof ArtisanOrdersParams>;
