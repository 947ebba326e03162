import { getEntry } from "astro:content";
import type { Locale } from "../../i18n/index.ts";
import { localizedId } from "../../schemas/localized-reference.ts";

/**
 * A village of commerce's `village_handle` as the content names it in `locale`: its name ("Làng Kon K'Tu")
 * and the village as written in an address, the default place of a production step. The handle itself
 * when the site has no page for it.
 */
export async function villageOf(locale: Locale, handle: string): Promise<{ name: string; place: string }> {
  const entry = await getEntry("villages", localizedId(locale, handle));
  return entry ? { name: entry.data.name, place: entry.data.place.village } : { name: handle, place: handle };
}
