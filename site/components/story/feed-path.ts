import type { Locale } from "../../i18n/index.ts";

/** Where each language's stories feed is served (`site/pages/rss.xml.ts`, `site/pages/en/rss.xml.ts`). */
export const FEED_PATHS: Record<Locale, string> = { vi: "/rss.xml", en: "/en/rss.xml" };
