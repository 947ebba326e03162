import { z } from "@medusajs/framework/zod";
import { CRAFTS, ETHNIC_GROUPS, HANDLE_PATTERN } from "../../../modules/craft/vocabulary";
import { CATALOG_ORDERS } from "./catalog-orders";

/** `?craft=a&craft=b` or `?craft=a,b`: a list of allowed values. */
const list = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
    z.array(item).max(20),
  );
const handle = z.string().regex(HANDLE_PATTERN, "must be a handle such as kon-k-tu");

/**
 * A price bound in the region's currency, in main units (450000 đồng, 18 dollars). The message says
 * what was wrong and what is expected: the default "expected number" hides that it is a price.
 */
const priceBound = (name: string) =>
  z.string().transform((text, ctx) => {
    const value = Number(text.trim());
    if (text.trim() === "" || !Number.isFinite(value) || value < 0) {
      ctx.addIssue({
        code: "custom",
        message: `${name} must be a price of 0 or more in the region's currency, in main units (e.g. 200000 for 200 000 ₫, 15 for $15), but got '${text}'`,
      });
      return z.NEVER;
    }
    return value;
  });

/** Query of GET /store/catalog/products. */
export const StoreCatalogProductsParams = z
  .object({
    region_id: z.string().min(1, "region_id is required: prices are shown in a region's currency"),
    craft: list(z.enum(CRAFTS)).optional(),
    ethnic_group: list(z.enum(ETHNIC_GROUPS)).optional(),
    village: list(handle).optional(),
    artisan: list(handle).optional(),
    handle: handle.optional(),
    /** Lowest variant price at least this, in the region's currency (main units). */
    price_min: priceBound("price_min").optional(),
    /** Lowest variant price at most this, in the region's currency (main units). */
    price_max: priceBound("price_max").optional(),
    limit: z.coerce.number().int().min(1).max(100).default(24),
    offset: z.coerce.number().int().min(0).default(0),
    /** `price`/`-price`: by the product's lowest variant price in the region. */
    order: z.enum(CATALOG_ORDERS).default("-created_at"),
  })
  .strict()
  .refine(
    (query) =>
      query.price_min === undefined || query.price_max === undefined || query.price_min <= query.price_max,
    {
      message: "price_min must not be greater than price_max: swap them, or leave one out",
      path: ["price_min"],
    },
  );
export type StoreCatalogProductsParamsType = z.infer<typeof StoreCatalogProductsParams>;
