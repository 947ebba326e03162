import { z } from "@medusajs/framework/zod";

/** Query of GET /store/trace: the published records of one product. */
export const StoreTraceRecordsParams = z
  .object({
    product_id: z.string().min(1, "product_id is required: the product whose records to list"),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();
export type StoreTraceRecordsParamsType = z.infer<typeof StoreTraceRecordsParams>;
