import { CraftProfileInputSchema } from "../../modules/craft/schemas";
import type { CraftProfileInput } from "../../modules/craft/schemas";
import type { Craft, EthnicGroup } from "../../modules/craft/vocabulary";
import type { Translate } from "../hooks/use-t";
import type { AdminProductCraftResponse, ProductArtisanRef } from "./types";
import { fieldErrors, type FieldErrors } from "./zod-issues";

export interface MaterialRow {
  name_vi: string;
  name_en: string;
  origin_vi: string;
  origin_en: string;
}

/** What the craft form edits: text as typed, turned into the API body by `toCraftInput`. */
export interface CraftFormValues {
  craft: Craft | "";
  artisan: ProductArtisanRef | null;
  village_handle: string;
  /** "" takes the artisan's. */
  ethnic_group: EthnicGroup | "";
  materials: MaterialRow[];
  days_to_make: string;
  care_vi: string;
  care_en: string;
  /** "" for none. */
  ocop_stars: "" | "3" | "4" | "5";
  /** Handles of the registry marks chosen. */
  marks: string[];
}

export const emptyMaterial = (): MaterialRow => ({ name_vi: "", name_en: "", origin_vi: "", origin_en: "" });

export function craftFormValues({
  craft_profile: profile,
  artisan,
}: AdminProductCraftResponse): CraftFormValues {
  return {
    craft: profile?.craft ?? "",
    artisan,
    village_handle: profile?.village_handle ?? "",
    ethnic_group: profile?.ethnic_group ?? "",
    materials: (profile?.materials ?? []).map((material) => ({
      name_vi: material.name.vi,
      name_en: material.name.en ?? "",
      origin_vi: material.origin.vi,
      origin_en: material.origin.en ?? "",
    })),
    days_to_make: profile?.days_to_make == null ? "" : String(profile.days_to_make),
    care_vi: profile?.care_instructions?.vi ?? "",
    care_en: profile?.care_instructions?.en ?? "",
    ocop_stars: profile?.ocop_stars ? (String(profile.ocop_stars) as CraftFormValues["ocop_stars"]) : "",
    marks: profile?.marks ?? [],
  };
}

/** Text in Vietnamese and, when given, English. */
const localized = (vi: string, en: string) => (en.trim() ? { vi, en } : { vi });

/**
 * The body of POST /admin/products/:id/craft, checked with the schema the server uses, or the field
 * errors keyed like the body ("materials.0.name.vi", "care_instructions.vi", …).
 */
export function toCraftInput(
  values: CraftFormValues,
  t: Translate,
): { data: CraftProfileInput; errors?: undefined } | { data?: undefined; errors: FieldErrors } {
  const careGiven = values.care_vi.trim() || values.care_en.trim();
  const days = values.days_to_make.trim();
  const result = CraftProfileInputSchema.safeParse(
    {
      craft: values.craft || undefined,
      artisan_id: values.artisan?.id ?? null,
      village_handle: values.village_handle.trim() || null,
      ethnic_group: values.ethnic_group || null,
      materials: values.materials.map((row) => ({
        name: localized(row.name_vi, row.name_en),
        origin: localized(row.origin_vi, row.origin_en),
      })),
      days_to_make: days ? Number(days) : null,
      care_instructions: careGiven ? localized(values.care_vi, values.care_en) : null,
      ocop_stars: values.ocop_stars ? Number(values.ocop_stars) : null,
      marks: values.marks,
    },
    { reportInput: true },
  );
  const errors = result.success ? {} : fieldErrors(result.error.issues, t);
  if (!values.artisan && !values.village_handle.trim()) {
    errors.village_handle ??= t("validation.villageWithoutArtisan");
  }
  if (!result.success || Object.keys(errors).length) return { errors };
  return { data: result.data };
}
