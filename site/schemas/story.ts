import { z } from "astro/zod";
import type { SchemaContext } from "astro/content/config";
import {
  CraftSchema,
  HandleSchema,
  LocaleSchema,
  TextSchema,
  requireSampleNote,
  sampleFields,
} from "./common.ts";
import { localizedReference } from "./localized-reference.ts";

/**
 * A story (MDX), one file per language with the same slug: `content/stories/<locale>/<slug>.mdx`.
 * `village` is written as a handle and becomes a reference to the village entry in the same language.
 */
export const StorySchema = ({ image }: SchemaContext) =>
  z
    .strictObject({
      /** Headline. */
      title: TextSchema(120),
      /** One or two sentences for cards, search results and the meta description. */
      description: TextSchema(300),
      /** Date of publication (YYYY-MM-DD). */
      publishedAt: z.coerce.date(),
      /** Language of this entry; must match its folder. */
      locale: LocaleSchema,
      /** Handle of the village the story is about; must have an entry in the same language. */
      village: HandleSchema,
      /** Handle of the artisan in commerce the story features, if any. */
      artisan: HandleSchema.optional(),
      /** The craft the story is about, a code from commerce's vocabulary. */
      craft: CraftSchema,
      /** Wide cover picture (16:9) relative to this file, e.g. `../images/<slug>.jpg`. */
      cover: image(),
      /** Text alternative for `cover`, in the entry's language. */
      coverAlt: TextSchema(200),
      ...sampleFields,
    })
    .superRefine(requireSampleNote)
    .transform(({ village, ...story }, ctx) => ({
      ...story,
      village: localizedReference("villages", story.locale, village, ctx, ["village"]),
    }));

export type Story = z.infer<ReturnType<typeof StorySchema>>;
