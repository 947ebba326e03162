import { z } from "astro/zod";
import { CRAFTS, ETHNIC_GROUPS, HANDLE_PATTERN } from "../../commerce/src/modules/craft/vocabulary.ts";

// Field schemas shared by the curated collections. The closed lists (crafts, ethnic groups, handles)
// are commerce's own, imported so that content and catalogue can never disagree on a code.

/**
 * The site's languages, the same list as `LOCALES` in `site/i18n/index.ts` (a unit test keeps them
 * equal). Not imported from there: that module imports `astro:i18n`, which cannot load while Astro
 * syncs content ("Cannot find module 'virtual:astro:pages'").
 */
export const CONTENT_LOCALES = ["vi", "en"] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

/** A language of the site; a localized entry sits in the folder of the same name (`vi/`, `en/`). */
export const LocaleSchema = z.enum(CONTENT_LOCALES);

/** A handle shared with commerce: lowercase ASCII words joined by hyphens, e.g. `kon-k-tu`. */
export const HandleSchema = z
  .string()
  .regex(HANDLE_PATTERN, "must be lowercase ASCII letters, digits and hyphens, e.g. kon-k-tu");

/** A craft code from commerce's vocabulary, e.g. `brocade-weaving`. */
export const CraftSchema = z.enum(CRAFTS);

/** An ethnic-group code from commerce's vocabulary, e.g. `ba-na`. */
export const EthnicGroupSchema = z.enum(ETHNIC_GROUPS);

/** Trimmed, non-empty text of at most `max` characters, in Unicode NFC (what search and fonts expect). */
export const TextSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine((text) => text === text.normalize("NFC"), {
      message: "must be Unicode NFC: re-save the file as NFC (most editors: “Normalize to NFC”)",
    });

/** The flag and notice that every curated entry carries (DOMAIN.md: invented facts are marked as sample). */
export const sampleFields = {
  /** True when the entry holds anything invented (people, workshops, scenes); pages then show `sampleNote`. */
  sample: z.boolean(),
  /** What is invented here, in the entry's language; required when `sample` is true. */
  sampleNote: TextSchema(400).optional(),
};

/** Refinement for objects with `sampleFields`: a sample entry must say what is invented. */
export function requireSampleNote(
  entry: { sample: boolean; sampleNote?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (entry.sample && !entry.sampleNote) {
    ctx.addIssue({
      code: "custom",
      path: ["sampleNote"],
      message: "a sample entry needs a `sampleNote` saying what is invented",
    });
  }
}
