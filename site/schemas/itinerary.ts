import { z } from "astro/zod";
import { HandleSchema, LocaleSchema, TextSchema, requireSampleNote, sampleFields } from "./common.ts";
import { localizedReference } from "./localized-reference.ts";

/** One stop of an itinerary: a village and what to do there. */
export const StopSchema = z.strictObject({
  /** Handle of the village; must have an entry in the same language. */
  village: HandleSchema,
  /** Day of the trip, from 1. */
  day: z.number().int().min(1),
  /** Part of the day, in words ("Morning" / "Buổi sáng"). */
  when: TextSchema(60),
  /** What to see and do there. */
  activities: TextSchema(600),
});

/**
 * A craft-village route, one file per language: `content/itineraries/<locale>/<handle>.md`. Stops are
 * listed in the order they are visited; the body gives the overview.
 */
export const ItinerarySchema = z
  .strictObject({
    /** Name as shown. */
    title: TextSchema(120),
    /** One or two sentences for cards and search results. */
    description: TextSchema(300),
    /** Language of this entry; must match its folder. */
    locale: LocaleSchema,
    /** Length of the trip in days. */
    days: z.number().int().min(1).max(7),
    /** Villages in the order they are visited. */
    stops: z.array(StopSchema).min(2, "an itinerary has at least two stops"),
    /** Practical notes: transport, what to bring, etiquette. */
    notes: z.array(TextSchema(400)).min(1),
    ...sampleFields,
  })
  .superRefine(requireSampleNote)
  .superRefine(({ days, stops }, ctx) => {
    stops.forEach((stop, index) => {
      const previous = stops[index - 1];
      if (stop.day > days || (previous && stop.day < previous.day)) {
        ctx.addIssue({
          code: "custom",
          path: ["stops", index, "day"],
          message: `stops go in visiting order, on days 1 to ${days}`,
        });
      }
    });
  })
  .transform(({ stops, ...itinerary }, ctx) => ({
    ...itinerary,
    stops: stops.map(({ village, ...stop }, index) => ({
      ...stop,
      village: localizedReference("villages", itinerary.locale, village, ctx, ["stops", index, "village"]),
    })),
  }));

export type Itinerary = z.infer<typeof ItinerarySchema>;
