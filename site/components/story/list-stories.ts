import { getCollection, type CollectionEntry } from "astro:content";
import { getRelativeLocaleUrl } from "astro:i18n";
import type { Locale } from "../../i18n/index.ts";
import { handleOf } from "../../schemas/localized-reference.ts";

/** The stories in `locale`, newest first (then by title, so the order never depends on the file system). */
export async function listStories(locale: Locale): Promise<CollectionEntry<"stories">[]> {
  const stories = await getCollection("stories", ({ data }) => data.locale === locale);
  return stories.sort(
    (a, b) =>
      b.data.publishedAt.getTime() - a.data.publishedAt.getTime() ||
      a.data.title.localeCompare(b.data.title, locale),
  );
}

/** The page of a story, e.g. `/en/stories/the-back-basket/` (the same form as the canonical URL). */
export function storyPath(locale: Locale, story: CollectionEntry<"stories">): string {
  return getRelativeLocaleUrl(locale, `stories/${handleOf(story.id)}`);
}
