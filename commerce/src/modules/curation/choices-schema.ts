import { z } from "@medusajs/framework/zod";
import { HANDLE_PATTERN } from "../craft/vocabulary";
import type { CurationChoices } from "./types";

const Handle = z.string().regex(HANDLE_PATTERN);
const Name = z.object({ vi: z.string().min(1), en: z.string().min(1) });

/** The storefront's curation-choices.json, checked before it is trusted (it comes over HTTP). */
export const CurationChoicesSchema = z.object({
  villages: z.array(z.object({ handle: Handle, name: Name, featured: z.boolean(), order: z.number().int() })),
  festivals: z.array(
    z.object({
      handle: Handle,
      name: Name,
      season: Name,
      months: z.array(z.number().int().min(1).max(12)),
    }),
  ),
  itineraries: z.array(z.object({ handle: Handle, title: Name, days: z.number().int().min(1) })),
}) satisfies z.ZodType<CurationChoices>;
