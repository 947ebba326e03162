import { ArtisanInputSchema } from "../../modules/craft/schemas";
import type { ArtisanInput } from "../../modules/craft/schemas";
import type { ArtisanTitle, Craft, EthnicGroup } from "../../modules/craft/vocabulary";
import type { Translate } from "../hooks/use-t";
import type { AdminArtisanDetail } from "./types";
import { fieldErrors, type FieldErrors } from "./zod-issues";

/** The body the form sends: every field but `metadata`, which an edit thus leaves alone. */
export type ArtisanBody = Omit<ArtisanInput, "metadata">;

/** What the artisan form edits. */
export interface ArtisanFormValues {
  display_name: string;
  handle: string;
  village_handle: string;
  ethnic_group: EthnicGroup | "";
  crafts: Craft[];
  /** "" for no title. */
  title: ArtisanTitle | "";
  bio_vi: string;
  bio_en: string;
  photo_url: string;
}

export const emptyArtisanForm = (): ArtisanFormValues => ({
  display_name: "",
  handle: "",
  village_handle: "",
  ethnic_group: "",
  crafts: [],
  title: "",
  bio_vi: "",
  bio_en: "",
  photo_url: "",
});

export function artisanFormValues(artisan: AdminArtisanDetail): ArtisanFormValues {
  return {
    display_name: artisan.display_name,
    handle: artisan.handle,
    village_handle: artisan.village_handle,
    ethnic_group: artisan.ethnic_group,
    crafts: artisan.crafts,
    title: artisan.title ?? "",
    bio_vi: artisan.bio.vi,
    bio_en: artisan.bio.en,
    photo_url: artisan.photo_url ?? "",
  };
}

/**
 * A handle suggested from a name: "Y Hlen" → "y-hlen", "Đinh Thị Hà" → "dinh-thi-ha".
 */
export function suggestHandle(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/**
 * The body of POST /admin/artisans(/:id), checked with the server's schema, or the field errors
 * keyed like the body ("bio.vi", "crafts", …). `metadata` is left out so an edit keeps it.
 */
export function toArtisanInput(
  values: ArtisanFormValues,
  t: Translate,
): { data: ArtisanBody; errors?: undefined } | { data?: undefined; errors: FieldErrors } {
  const result = ArtisanInputSchema.omit({ metadata: true }).safeParse(
    {
      display_name: values.display_name,
      handle: values.handle.trim(),
      village_handle: values.village_handle.trim(),
      ethnic_group: values.ethnic_group || undefined,
      crafts: values.crafts,
      title: values.title || null,
      bio: values.bio_en.trim() ? { vi: values.bio_vi, en: values.bio_en } : { vi: values.bio_vi },
      photo_url: values.photo_url.trim() || null,
    },
    { reportInput: true },
  );
  if (!result.success) return { errors: fieldErrors(result.error.issues, t) };
  return { data: result.data };
}
