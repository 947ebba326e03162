import { z } from "astro/zod";
import type { SchemaContext } from "astro/content/config";
import { HandleSchema, LocaleSchema, TextSchema, requireSampleNote, sampleFields } from "./common.ts";
import { localizedReference } from "./localized-reference.ts";

/**
 * A traditional festival of the craft villages, one file per language:
 * `content/festivals/<locale>/<handle>.md`; the body describes it. Dates are set by each village
 * every year, so the schema holds a season in words and, where there is a usual time, months.
 */
export const FestivalSchema = ({ image }: SchemaContext) =>
  z
    .strictObject({
      /** Name as shown, e.g. "Lễ mừng lúa mới" / "New-rice festival". */
      name: TextSchema(120),
      /** One or two sentences for cards and search results. */
      description: TextSchema(300),
      /** Language of this entry; must match its folder. */
      locale: LocaleSchema,
      /** Handles of villages where it can be seen; each must have an entry in the same language. */
      villages: z.array(HandleSchema).min(1, "name at least one village"),
      /** When it usually takes place, in words ("usually after the harvest…"). */
      season: TextSchema(200),
      /** Months (1–12) it usually falls in, for a calendar; omit when there is no usual time. */
      months: z.array(z.number().int().min(1).max(12)).min(1).optional(),
      /** Optional wide picture (16:9) relative to this file. */
      cover: image().optional(),
      /** Text alternative for `cover`; required with it. */
      coverAlt: TextSchema(200).optional(),
      ...sampleFields,
    })
    .superRefine(requireSampleNote)
    .superRefine((festival, ctx) => {
      if (festival.cover && !festival.coverAlt) {
        ctx.addIssue({ code: "custom", path: ["coverAlt"], message: "a cover needs `coverAlt`" });
      }
    })
    .transform(({ villages, ...festival }, ctx) => ({
      ...festival,
      villages: villages.map((handle, index) =>
        localizedReference("villages", festival.locale, handle, ctx, ["villages", index]),
      ),
    }));

export type Festival = z.infer<ReturnType<typeof FestivalSchema>>;
