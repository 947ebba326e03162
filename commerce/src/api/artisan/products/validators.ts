import { z } from "@medusajs/framework/zod";
import { CRAFTS, HANDLE_PATTERN } from "../../../modules/craft/vocabulary";
import { hasNoMarkup, INPUT_ERROR_CODES, withCode } from "../../../lib/artisan-products/input-errors";

const NO_MARKUP = "must be plain text: remove the < > markup";

/** Plain text (no tag-like markup), trimmed, `min`–`max` characters. */
const plainText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`)
    .refine(hasNoMarkup, { message: NO_MARKUP, ...withCode(INPUT_ERROR_CODES.markup) });

/** Optional English text: empty clears it. */
const optionalText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((text) => text.length === 0 || text.length >= min, `must be at least ${min} characters`)
    .refine(hasNoMarkup, { message: NO_MARKUP, ...withCode(INPUT_ERROR_CODES.markup) })
    .optional();

const Title = z.object({ vi: plainText(3, 120), en: optionalText(3, 120) }).strict();
const Description = z.object({ vi: plainText(0, 5000).default(""), en: optionalText(0, 5000) }).strict();
const Material = z
  .object({
    name: z.object({ vi: plainText(1, 120), en: optionalText(1, 120) }).strict(),
    origin: z.object({ vi: plainText(1, 300), en: optionalText(1, 300) }).strict(),
  })
  .strict();
const measure = z
  .number()
  .positive("must be positive")
  .max(10_000, "must be at most 10000")
  .nullable()
  .optional();
const Dimensions = z
  .object({ length_cm: measure, width_cm: measure, height_cm: measure, weight_g: measure })
  .strict();

const fields = {
  title: Title,
  description: Description,
  craft: z.enum(CRAFTS, "must be one of the crafts of the catalogue"),
  materials: z.array(Material).max(20, "at most 20 materials"),
  price_vnd: z
    .number("must be a whole number of đồng")
    .int("must be a whole number of đồng")
    .min(1_000, "must be at least 1000 ₫")
    .max(1_000_000_000, "must be at most 1000000000 ₫"),
  stock: z.number("must be a whole number").int("must be a whole number").min(0).max(100_000),
  dimensions: Dimensions,
  /** Handles of registry marks; each must be one the artisan is authorised for today (else 400 mark_not_allowed). */
  marks: z
    .array(z.string().regex(HANDLE_PATTERN, "must be the handle of a mark of the registry"))
    .max(10, "at most 10 marks"),
};

/** Body of POST /artisan/products: a new product, to be reviewed. An artisan never sets `status`. */
export const ArtisanCreateProduct = z
  .object({
    ...fields,
    description: Description.default({ vi: "" }),
    materials: fields.materials.default([]),
    dimensions: Dimensions.default({}),
    marks: fields.marks.default([]),
  })
  .strict();
export type ArtisanCreateProductType = z.infer<typeof ArtisanCreateProduct>;

/** Body of POST /artisan/products/:id: any subset of the fields. */
export const ArtisanUpdateProduct = z.object(fields).partial().strict();
export type ArtisanUpdateProductType = z.infer<typeof ArtisanUpdateProduct>;

/** Query of GET /artisan/products. */
export const ArtisanProductsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type ArtisanProductsParamsType = z.infer<typeof ArtisanProductsParams>;
