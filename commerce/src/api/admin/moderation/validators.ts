import { z } from "@medusajs/framework/zod";
import { hasNoMarkup, INPUT_ERROR_CODES, withCode } from "../../../lib/artisan-products/input-errors";

/** Query of GET /admin/moderation/products: the queue (proposed products) by default. */
export const AdminModerationParams = z
  .object({
    status: z.enum(["proposed", "published", "rejected", "draft"]).default("proposed"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type AdminModerationParamsType = z.infer<typeof AdminModerationParams>;

/** Body of POST /admin/moderation/products/:id/reject: the reason the artisan reads. */
export const AdminRejectProduct = z
  .object({
    reason: z
      .string("a reason is required")
      .trim()
      .min(5, "must be at least 5 characters")
      .max(500, "must be at most 500 characters")
      .refine(hasNoMarkup, { message: "must be plain text", ...withCode(INPUT_ERROR_CODES.markup) }),
  })
  .strict();
export type AdminRejectProductType = z.infer<typeof AdminRejectProduct>;
