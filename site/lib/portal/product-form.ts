import { CRAFTS, HANDLE_PATTERN, type Craft } from "../../../commerce/src/modules/craft/vocabulary.ts";
import type { PortalErrorCode } from "./api-error.ts";
import { field as one, fields as strings, MARKUP } from "./form-fields.ts";
import {
  EMPTY_MATERIAL,
  filledMaterialRows,
  materialRowsError,
  materialRowsOfForm,
  type MaterialRow,
} from "./material-rows.ts";
import type { ArtisanProduct } from "./types.ts";

/**
 * The product form of the portal: what the artisan typed (kept as typed, so that nothing is lost on an
 * error), checked with the same rules as Medusa's validators, and turned into the body of
 * `POST /artisan/products[/:id]`.
 */
export interface ProductFormValues {
  titleVi: string;
  titleEn: string;
  descriptionVi: string;
  descriptionEn: string;
  craft: string;
  materials: MaterialRow[];
  price: string;
  stock: string;
  length: string;
  width: string;
  height: string;
  weight: string;
  /** Handles of the registry marks ticked. */
  marks: string[];
}

export type ProductField =
  | "titleVi"
  | "titleEn"
  | "descriptionVi"
  | "descriptionEn"
  | "craft"
  | "materials"
  | "price"
  | "stock"
  | "dimensions"
  | "marks";
export type ProductFormErrors = Partial<Record<ProductField, PortalErrorCode>>;

type Dimensions = ArtisanProduct["dimensions"];
export interface ProductBody {
  title: { vi: string; en?: string };
  description: { vi: string; en?: string };
  craft: Craft;
  materials: { name: { vi: string; en?: string }; origin: { vi: string; en?: string } }[];
  price_vnd: number;
  stock: number;
  dimensions: Dimensions;
  marks: string[];
}

export function emptyProductForm(): ProductFormValues {
  return {
    titleVi: "",
    titleEn: "",
    descriptionVi: "",
    descriptionEn: "",
    craft: "",
    materials: [{ ...EMPTY_MATERIAL }],
    price: "",
    stock: "1",
    length: "",
    width: "",
    height: "",
    weight: "",
    marks: [],
  };
}

const text = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : String(value);

export function valuesOfProduct(product: ArtisanProduct): ProductFormValues {
  const materials = product.materials.map((material) => ({
    name: material.name.vi,
    origin: material.origin.vi,
    nameEn: material.name.en ?? "",
    originEn: material.origin.en ?? "",
  }));
  return {
    titleVi: product.title.vi,
    titleEn: product.title.en ?? "",
    descriptionVi: product.description.vi ?? "",
    descriptionEn: product.description.en ?? "",
    craft: product.craft ?? "",
    materials: materials.length ? materials : [{ ...EMPTY_MATERIAL }],
    price: text(product.price_vnd),
    stock: text(product.stock),
    length: text(product.dimensions.length_cm),
    width: text(product.dimensions.width_cm),
    height: text(product.dimensions.height_cm),
    weight: text(product.dimensions.weight_g),
    marks: product.marks,
  };
}

export function valuesOfForm(form: FormData): ProductFormValues {
  return {
    titleVi: one(form, "title_vi"),
    titleEn: one(form, "title_en"),
    descriptionVi: one(form, "description_vi"),
    descriptionEn: one(form, "description_en"),
    craft: one(form, "craft"),
    materials: materialRowsOfForm(form),
    price: one(form, "price"),
    stock: one(form, "stock"),
    length: one(form, "length"),
    width: one(form, "width"),
    height: one(form, "height"),
    weight: one(form, "weight"),
    marks: [...new Set(strings(form, "mark").filter(Boolean))],
  };
}

/** "450.000", "450 000" or "450,000 đ" typed for 450000: the đồng has no decimals. */
export function parseDong(value: string): number | undefined {
  const digits = value.replace(/[\s.,_]|đ|₫|vnd/gi, "");
  return /^\d{1,13}$/.test(digits) ? Number(digits) : undefined;
}

function parseWhole(value: string): number | undefined {
  const digits = value.replace(/[\s.,]/g, "");
  return /^\d{1,9}$/.test(digits) ? Number(digits) : undefined;
}

/** A measure: empty is null, else a number in (0, 10000] with a decimal point or comma. */
function parseMeasure(value: string): number | null | "invalid" {
  if (!value) return null;
  const number = Number(value.replace(",", "."));
  return Number.isFinite(number) && number > 0 && number <= 10_000 ? number : "invalid";
}

/** A text in Vietnamese, with its English when there is one. */
export const withEn = (vi: string, en: string) => (en ? { vi, en } : { vi });

/** Checks the form with the rules of the artisan routes; the body when everything is right. */
export function checkProductForm(values: ProductFormValues): {
  body?: ProductBody;
  errors: ProductFormErrors;
} {
  const errors: ProductFormErrors = {};
  if (!values.titleVi) errors.titleVi = "title_required";
  else if (values.titleVi.length < 3 || values.titleVi.length > 120) errors.titleVi = "title_length";
  if (values.titleEn && (values.titleEn.length < 3 || values.titleEn.length > 120))
    errors.titleEn = "title_length";
  if (values.descriptionVi.length > 5000) errors.descriptionVi = "description_too_long";
  if (values.descriptionEn.length > 5000) errors.descriptionEn = "description_too_long";
  for (const key of ["titleVi", "titleEn", "descriptionVi", "descriptionEn"] as const) {
    if (!errors[key] && MARKUP.test(values[key])) errors[key] = "markup_not_allowed";
  }
  const craft = CRAFTS.find((code) => code === values.craft);
  if (!craft) errors.craft = "craft_required";
  const rows = filledMaterialRows(values.materials);
  const materialsError = materialRowsError(rows);
  if (materialsError) errors.materials = materialsError;
  const price = parseDong(values.price);
  if (price === undefined || price < 1_000 || price > 1_000_000_000) errors.price = "price_invalid";
  const stock = parseWhole(values.stock);
  if (stock === undefined || stock > 100_000) errors.stock = "stock_invalid";
  const measures = [values.length, values.width, values.height, values.weight].map(parseMeasure);
  if (measures.includes("invalid")) errors.dimensions = "dimension_invalid";
  if (values.marks.length > 10 || values.marks.some((mark) => !HANDLE_PATTERN.test(mark))) {
    errors.marks = "mark_not_allowed";
  }
  if (Object.keys(errors).length || !craft || price === undefined || stock === undefined) return { errors };
  const [length_cm, width_cm, height_cm, weight_g] = measures as (number | null)[];
  return {
    errors,
    body: {
      title: withEn(values.titleVi, values.titleEn),
      description: withEn(values.descriptionVi, values.descriptionEn),
      craft,
      materials: rows.map((row) => ({
        name: withEn(row.name, row.nameEn),
        origin: withEn(row.origin, row.originEn),
      })),
      price_vnd: price,
      stock,
      dimensions: {
        length_cm: length_cm ?? null,
        width_cm: width_cm ?? null,
        height_cm: height_cm ?? null,
        weight_g: weight_g ?? null,
      },
      marks: values.marks,
    },
  };
}

/** The field an API error code belongs to, to show it beside that field. */
export function fieldOfCode(code: PortalErrorCode): ProductField | undefined {
  const fields: Partial<Record<PortalErrorCode, ProductField>> = {
    title_required: "titleVi",
    title_length: "titleVi",
    description_too_long: "descriptionVi",
    craft_required: "craft",
    material_incomplete: "materials",
    price_invalid: "price",
    stock_invalid: "stock",
    dimension_invalid: "dimensions",
    mark_not_allowed: "marks",
  };
  return fields[code];
}
