import rss from "@astrojs/rss";
import { getEntry } from "astro:content";
import { getRelativeLocaleUrl } from "astro:i18n";
import { intlLocale, useTranslations, type Locale } from "../../i18n/index.ts";
import { CRAFT_NAMES } from "../../i18n/vocabulary-names.ts";
import { listStories, storyPath } from "../../components/story/list-stories.ts";

/** The RSS 2.0 feed of the stories in `locale`, newest first, for the site at `site`. */
export async function storiesFeed(locale: Locale, site: URL | undefined): Promise<Response> {
  if (!site) throw new Error("The stories feed needs absolute links: set `site` in astro.config.mjs.");
  const t = useTranslations(locale);
  const stories = await listStories(locale);
  const items = await Promise.all(
    stories.map(async (story) => {
      const village = await getEntry(story.data.village);
      return {
        title: story.data.title,
        description: story.data.description,
        pubDate: story.data.publishedAt,
        link: new URL(storyPath(locale, story), site).href,
        categories: [CRAFT_NAMES[locale][story.data.craft], village.data.name],
      };
    }),
  );
  return rss({
    title: t("content.stories.feedTitle"),
    description: t("content.stories.intro"),
    // The channel's link: the story list of this language.
    site: new URL(getRelativeLocaleUrl(locale, "stories"), site),
    items,
    customData: `<language>${intlLocale(locale)}</language>`,
  });
}
