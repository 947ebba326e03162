import type { Craft } from "../../../commerce/src/modules/craft/vocabulary.ts";
import { withEn, type ProductBody } from "./product-form.ts";
import type { ArtisanProduct } from "./types.ts";

/**
 * What an edit changes. Only changed fields are sent, so that a change of stock alone does not send
 * the product back to moderation.
 */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Only what changed, so that a change of stock alone does not send the product back to moderation.
 * English texts the form leaves empty are sent as "" to clear them.
 */
export function changedFields(body: ProductBody, product: ArtisanProduct): Partial<ProductBody> {
  const current: ProductBody = {
    title: withEn(product.title.vi, product.title.en ?? ""),
    description: withEn(product.description.vi ?? "", product.description.en ?? ""),
    craft: product.craft ?? ("" as Craft),
    materials: product.materials.map((m) => ({
      name: withEn(m.name.vi, m.name.en ?? ""),
      origin: withEn(m.origin.vi, m.origin.en ?? ""),
    })),
    price_vnd: product.price_vnd,
    stock: product.stock,
    dimensions: product.dimensions,
    marks: product.marks,
  };
  const changes: Partial<ProductBody> = {};
  if (!same(body.title, current.title)) changes.title = { en: "", ...body.title };
  if (!same(body.description, current.description)) changes.description = { en: "", ...body.description };
  if (body.craft !== current.craft) changes.craft = body.craft;
  if (!same(body.materials, current.materials)) changes.materials = body.materials;
  if (body.price_vnd !== current.price_vnd) changes.price_vnd = body.price_vnd;
  if (body.stock !== current.stock) changes.stock = body.stock;
  const keys = ["length_cm", "width_cm", "height_cm", "weight_g"] as const;
  if (keys.some((key) => body.dimensions[key] !== (current.dimensions[key] ?? null))) {
    changes.dimensions = body.dimensions;
  }
  if (!same([...body.marks].sort(), [...current.marks].sort())) changes.marks = body.marks;
  return changes;
}

/** Whether these changes send the product back to the tourism office (contract: price, texts, photos). */
export function needsModeration(changes: Partial<ProductBody>): boolean {
  return Boolean(changes.title || changes.description || changes.price_vnd !== undefined);
}
