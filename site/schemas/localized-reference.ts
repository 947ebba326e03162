import { existsSync } from "node:fs";
import { reference } from "astro:content";
import type { z } from "astro/zod";
import type { ContentLocale as Locale } from "./common.ts";

/**
 * Localized collections (villages, stories, festivals, itineraries) keep one file per language,
 * `content/<collection>/<locale>/<handle>.md(x)`, so an entry's id is `<locale>/<handle>`.
 * Front matter refers to another entry by its handle alone (`village: kon-k-tu`); the schema turns
 * that into an Astro reference to the entry of the same locale (`{ collection, id: "vi/kon-k-tu" }`).
 */

/** The folder that holds the curated collections (the glob loaders in `content.config.ts` read it). */
export const CONTENT_DIR = new URL("../../content/", import.meta.url);

/** The id of a localized entry: `localizedId("vi", "kon-k-tu")` is `"vi/kon-k-tu"`. */
export function localizedId(locale: Locale, handle: string): string {
  return `${locale}/${handle}`;
}

/** The handle of a localized entry, from its id: `"vi/kon-k-tu"` gives `"kon-k-tu"`. */
export function handleOf(id: string): string {
  return id.slice(id.indexOf("/") + 1);
}

const EXTENSIONS = [".md", ".mdx"];

/**
 * A reference to `collection`'s entry `handle` in `locale`. Astro 7 only logs a broken reference
 * (content-layer `#validateReferences`), so this also checks that the entry's file exists and adds a
 * validation issue if not: the sync, `astro check` and the build then fail, naming the missing file.
 */
export function localizedReference(
  collection: "villages",
  locale: Locale,
  handle: string,
  ctx: z.RefinementCtx,
  path: (string | number)[],
) {
  const file = `${collection}/${localizedId(locale, handle)}`;
  if (!EXTENSIONS.some((extension) => existsSync(new URL(file + extension, CONTENT_DIR)))) {
    ctx.addIssue({
      code: "custom",
      path,
      message: `no ${collection} entry "${handle}" in ${locale}: add content/${file}.md or fix the handle`,
    });
  }
  return reference(collection).parse(localizedId(locale, handle));
}
