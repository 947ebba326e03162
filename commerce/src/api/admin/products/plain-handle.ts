import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { slugify } from "../../../lib/artisan-products/slug";

type ProductBody = { title?: unknown; handle?: unknown } | undefined;

const fill = (body: ProductBody) => {
  if (body && typeof body === "object" && !body.handle && typeof body.title === "string") {
    body.handle = slugify(body.title);
  }
};

/**
 * A product created in the admin without a handle gets an accent-free one from its Vietnamese title
 * ("Khăn thổ cẩm" → "khan-tho-cam"), as the storefront's product URLs are. Medusa's own default keeps
 * the letters ("khăn-thổ-cẩm"). Fills the raw body and, if validation has already run, the validated one.
 */
export function plainProductHandle(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  fill(req.body as ProductBody);
  fill(req.validatedBody as ProductBody);
  next();
}
