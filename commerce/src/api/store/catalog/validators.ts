import { z } from "@medusajs/framework/zod";
import { CRAFTS, ETHNIC_GROUPS, HANDLE_PATTERN } from "../../../modules/craft/vocabulary";

/** `?craft=a&craft=b` or `?craft=a,b`: a list of allowed values. */
const list = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
    z.array(item).max(20),
  );
const handle = z.string().regex(HANDLE_PATTERN, "must be a handle such as kon-k-tu");

/** Query of GET /store/catalog/products. */
export const StoreCatalogProductsParams = z
  .object({
    region_id: z.string().min(1, "region_id is required: prices are shown in a region's currency"),
    craft: list(z.enum(CRAFTS)).optional(),
    ethnic_group: list(z.enum(ETHNIC_GROUPS)).optional(),
    village: list(handle).optional(),
    artisan: list(handle).optional(),
    handle: handle.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(24),
    offset: z.coerce.number().int().min(0).default(0),
    order: z.enum(["created_at", "-created_at", "title", "-title"]).default("-created_at"),
  })
  .strict();
export type StoreCatalogProductsParamsType = z.infer<typeof StoreCatalogProductsParams>;
