import { z } from "@medusajs/framework/zod";
import { ARTISAN_TITLES, CRAFTS, ETHNIC_GROUPS, HANDLE_PATTERN } from "./vocabulary";

const handle = z
  .string()
  .regex(HANDLE_PATTERN, "must be lowercase letters, digits and hyphens, e.g. kon-k-tu")
  .max(80, "must be at most 80 characters");

/** Text in Vietnamese (required) and English (optional: the Vietnamese shows when it is missing). */
export const LocalizedTextSchema = (max: number) =>
  z.object({
    vi: z.string().trim().min(1, "Vietnamese text is required").max(max, `must be at most ${max} characters`),
    en: z.string().trim().max(max, `must be at most ${max} characters`).optional(),
  });
export type LocalizedTextInput = z.infer<ReturnType<typeof LocalizedTextSchema>>;

/** One material of a product and where it comes from. */
export const MaterialSchema = z.object({
  name: LocalizedTextSchema(120),
  origin: LocalizedTextSchema(300),
});
export type Material = z.infer<typeof MaterialSchema>;

/** The craft attributes of a product, as the admin API and the seed take them. */
export const CraftProfileInputSchema = z.object({
  craft: z.enum(CRAFTS),
  /** Defaults to the artisan's. */
  ethnic_group: z.enum(ETHNIC_GROUPS).nullish(),
  /** Defaults to the artisan's village. */
  village_handle: handle.nullish(),
  materials: z.array(MaterialSchema).max(20, "at most 20 materials").default([]),
  days_to_make: z
    .number()
    .int()
    .positive("must be a positive whole number")
    .max(3650)
    .nullable()
    .default(null),
  care_instructions: LocalizedTextSchema(2000).nullable().default(null),
  ocop_stars: z
    .union([z.literal(3), z.literal(4), z.literal(5)], { error: "OCOP stars are 3, 4 or 5, or none" })
    .nullable()
    .default(null),
  marks: z.array(handle).max(10).default([]),
  /** The maker; null unlinks. */
  artisan_id: z.string().min(1).nullable(),
});
export type CraftProfileInput = z.infer<typeof CraftProfileInputSchema>;

/** An artisan, as the admin API and the seed take it. */
export const ArtisanInputSchema = z.object({
  handle,
  display_name: z.string().trim().min(1, "a name is required").max(120),
  village_handle: handle,
  ethnic_group: z.enum(ETHNIC_GROUPS),
  crafts: z.array(z.enum(CRAFTS)).min(1, "at least one craft").max(CRAFTS.length),
  title: z.enum(ARTISAN_TITLES).nullable().default(null),
  bio: LocalizedTextSchema(1500),
  photo_url: z.url().nullable().default(null),
  metadata: z.record(z.string(), z.unknown()).nullable().default(null),
});
export type ArtisanInput = z.infer<typeof ArtisanInputSchema>;
