import { z } from "astro/zod";
import type { SchemaContext } from "astro/content/config";
import {
  CraftSchema,
  EthnicGroupSchema,
  LocaleSchema,
  TextSchema,
  requireSampleNote,
  sampleFields,
} from "./common.ts";

/**
 * Where a village is, after Vietnam's 2025 reorganisation: village → commune → province, and free
 * text for the wider area. There is no district: that level was abolished, so a `district` key fails.
 */
export const PlaceSchema = z.strictObject({
  /** The village as written in an address, e.g. "Làng Kon K'Tu". */
  village: TextSchema(120),
  /** Commune (xã/phường) after 2025; `null` when not stated. */
  commune: TextSchema(120).nullable(),
  /** Province after 2025, e.g. "Quảng Ngãi". */
  province: TextSchema(120),
  /** The wider area in the entry's language, e.g. "Along the Đăk Bla river, Kon Tum highlands". */
  area: TextSchema(200),
});

/** Latitude and longitude in decimal degrees (WGS 84); only when known, never guessed. */
export const CoordinatesSchema = z.strictObject({
  /** Degrees north. */
  lat: z.number().min(-90).max(90),
  /** Degrees east. */
  lng: z.number().min(-180).max(180),
});

/**
 * A craft village, one file per language: `content/villages/<locale>/<handle>.md`. The handle is the
 * file's name (the entry id is `<locale>/<handle>`, see `handleOf`) and is the same as commerce's
 * `village_handle`; the Markdown body is the longer description.
 */
export const VillageSchema = ({ image }: SchemaContext) =>
  z
    .strictObject({
      /** Language of this entry; must match its folder. */
      locale: LocaleSchema,
      /** Name as shown, e.g. "Làng Kon K'Tu" / "Kon K'Tu village". */
      name: TextSchema(120),
      /** The village's ethnic group, a code from commerce's vocabulary. */
      ethnicGroup: EthnicGroupSchema,
      /** Crafts practised in the village, codes from commerce's vocabulary. */
      crafts: z.array(CraftSchema).min(1, "list at least one craft"),
      /** Village, commune, province and wider area (no district). */
      place: PlaceSchema,
      /** One or two sentences for cards and search results. */
      summary: TextSchema(300),
      /** How to get there and what to respect when visiting: plain text, a short paragraph. */
      howToVisit: TextSchema(1200),
      /** Map position; omit unless it is known to be right. */
      coordinates: CoordinatesSchema.optional(),
      /** Shown among the featured villages on the home page (curated by the tourism office). */
      featured: z.boolean(),
      /** Curated position in lists, ascending; unique within a language. */
      order: z.number().int().nonnegative(),
      /** Wide picture (16:9) relative to this file, e.g. `../images/kon-k-tu.jpg`. */
      heroImage: image(),
      /** Text alternative for `heroImage`, in the entry's language. */
      heroAlt: TextSchema(200),
      ...sampleFields,
    })
    .superRefine(requireSampleNote);

export type Village = z.infer<ReturnType<typeof VillageSchema>>;
