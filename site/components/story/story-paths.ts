import type { Locale } from "../../i18n/index.ts";
import { handleOf } from "../../schemas/localized-reference.ts";
import { listStories } from "./list-stories.ts";

/** `getStaticPaths` of the story pages of one language: one page per story, `slug` is its handle. */
export async function storyStaticPaths(locale: Locale) {
  const stories = await listStories(locale);
  return stories.map((story) => ({ params: { slug: handleOf(story.id) }, props: { story } }));
}
