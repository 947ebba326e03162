import type { z } from "@medusajs/framework/zod";
import { CraftProfileInputSchema } from "../../../../../modules/craft/schemas";

/** Body of POST /admin/products/:id/craft. */
export const AdminUpsertProductCraft = CraftProfileInputSchema.strict();
export type AdminUpsertProductCraftType = z.infer<typeof AdminUpsertProductCraft>;
