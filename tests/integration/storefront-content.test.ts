import { readdirSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";
import { artisanFixtures } from "../../commerce/src/scripts/seed/fixtures/artisans.ts";
import { productFixtures } from "../../commerce/src/scripts/seed/fixtures/products/index.ts";
import { en } from "../../site/i18n/en.ts";
import { vi } from "../../site/i18n/vi.ts";

// Curated pages and findability, on the storefront built for the test stack: stories, feeds, sitemap,
// robots, structured data and the 404 page, in both languages.
const stack = inject("stack");
const dictionaries = { vi, en };
const LOCALES = ["vi", "en"] as const;
const prefix = { vi: "", en: "/en" };
/** content/stories/<locale>/brocade-and-indigo.mdx */
const STORY = {
  slug: "brocade-and-indigo",
  title: {
    vi: "Sợi bông và màu chàm: dệt thổ cẩm ở Kon K'Tu",
    en: "Cotton and indigo: weaving brocade in Kon K'Tu",
  },
  date: { vi: "3 tháng 3, 2025", en: "March 3, 2025" },
  village: { vi: "Làng Kon K'Tu", en: "Kon K'Tu village" },
};
const storyCount = (locale: string) =>
  readdirSync(new URL(`../../content/stories/${locale}/`, import.meta.url)).filter((f) => f.endsWith(".mdx"))
    .length;

const decode = (text: string) =>
  text
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
async function get(pathname: string) {
  const response = await fetch(`${stack.storefront}${pathname}`, {
    headers: { "accept-encoding": "identity" },
  });
  return { response, body: decode(await response.text()) };
}
/** The JSON-LD objects of a page, parsed (a parse error fails the test). */
const jsonLd = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap((m) =>
    JSON.parse(m[1]!),
  );
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

describe("stories", () => {
  it.each(LOCALES)("lists every story newest first (%s)", async (locale) => {
    const { response, body } = await get(`${prefix[locale]}/stories/`);
    expect(response.status).toBe(200);
    expect(body).toContain(`<html lang="${locale}"`);
    expect(body.match(/data-testid="story-card"/g)).toHaveLength(storyCount(locale));
    expect(body).toContain(STORY.title[locale]);
    const dates = [...body.matchAll(/<time datetime="([\d-]+)"/g)].map((m) => m[1]);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(body).toContain(`href="${prefix[locale]}/stories/${STORY.slug}/"`);
  });

  it.each(LOCALES)(
    "shows a story with its date, village, artisan, cover and sample notice (%s)",
    async (locale) => {
      const { response, body } = await get(`${prefix[locale]}/stories/${STORY.slug}/`);
      expect(response.status).toBe(200);
      expect(body).toContain(`<html lang="${locale}"`);
      expect(body).toMatch(new RegExp(`<h1[^>]*>${STORY.title[locale]}</h1>`));
      // Scoped styles add attributes to elements: match the tags loosely.
      expect(body).toMatch(new RegExp(`<time datetime="2025-03-03"[^>]*>${STORY.date[locale]}</time>`));
      expect(body).toMatch(
        new RegExp(`href="${prefix[locale]}/villages/kon-k-tu/"[^>]*>${STORY.village[locale]}</a>`),
      );
      expect(body).toContain(`href="${prefix[locale]}/artisans/y-bloi/"`);
      expect(body).toContain('data-testid="sample-notice"');
      expect(body).toMatch(/<source srcset="[^"]+ 480w,[^"]+ 1200w" type="image\/avif"/);
      expect(body).toMatch(/<source srcset="[^"]+" type="image\/webp"/);
      expect(body).toMatch(/<img [^>]*width="\d+" height="\d+"/);
      expect(body).toContain('<meta property="og:type" content="article">');
      expect(body).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\.jpg">/);
      expect(body).toContain(`<link rel="alternate" type="application/rss+xml"`);
      const [article] = jsonLd(body);
      expect(article).toMatchObject({
        "@type": "Article",
        headline: STORY.title[locale],
        datePublished: "2025-03-03",
      });
      expect(String(article?.url)).toMatch(new RegExp(`${prefix[locale]}/stories/${STORY.slug}/$`));
    },
  );
});

describe("RSS feeds", () => {
  it.each(LOCALES)("list every story of the language with links to their pages (%s)", async (locale) => {
    const { response, body } = await get(`${prefix[locale]}/rss.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("xml");
    expect(XMLValidator.validate(body)).toBe(true);
    const { channel } = xml.parse(body).rss;
    expect(channel.language).toBe(locale === "vi" ? "vi-VN" : "en-US");
    const items = asArray(channel.item) as { title: string; link: string; pubDate: string }[];
    expect(items).toHaveLength(storyCount(locale));
    expect(items.map((item) => item.title)).toContain(STORY.title[locale]);
    for (const item of items) {
      expect(new Date(item.pubDate).getTime()).not.toBeNaN();
      const { pathname } = new URL(item.link);
      expect(pathname).toMatch(new RegExp(`^${prefix[locale]}/stories/[a-z0-9-]+/$`));
      expect((await get(pathname)).response.status).toBe(200);
    }
  });
});

describe("sitemap and robots", () => {
  it("lists curated pages in both languages with alternates, every one of them served", async () => {
    const { response, body } = await get("/sitemap.xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("max-age=3600");
    expect(XMLValidator.validate(body)).toBe(true);
    const urls = asArray(xml.parse(body).urlset.url) as {
      loc: string;
      "xhtml:link": { hreflang: string; href: string }[];
    }[];
    const byPath = new Map(urls.map((url) => [new URL(url.loc).pathname, url]));
    const story = byPath.get(`/en/stories/${STORY.slug}/`);
    expect(story?.["xhtml:link"].map((link) => [link.hreflang, new URL(link.href).pathname])).toEqual([
      ["vi", `/stories/${STORY.slug}/`],
      ["en", `/en/stories/${STORY.slug}/`],
      ["x-default", `/stories/${STORY.slug}/`],
    ]);
    const curated = [...byPath.keys()].filter((p) =>
      /^(\/en)?\/((villages|stories|itineraries)\/.*)?$/.test(p),
    );
    for (const path of ["/", "/en/", "/villages/kon-k-tu/", "/en/villages/", `/stories/${STORY.slug}/`]) {
      expect(curated).toContain(path);
    }
    for (const path of curated) expect([path, (await get(path)).response.status]).toEqual([path, 200]);
  });

  it("lists every product and artisan page from Medusa, in both languages", async () => {
    const paths = new Set(
      [...(await get("/sitemap.xml")).body.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1]!).pathname,
      ),
    );
    for (const { handle } of productFixtures) {
      expect(paths).toContain(`/products/${handle}/`);
      expect(paths).toContain(`/en/products/${handle}/`);
    }
    for (const { handle } of artisanFixtures) expect(paths).toContain(`/en/artisans/${handle}/`);
  });

  it("robots.txt keeps crawlers out of the buyer's pages and points at the sitemap", async () => {
    const { response, body } = await get("/robots.txt");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    for (const path of ["/cart", "/checkout", "/order", "/api", "/store", "/en/cart", "/en/checkout"]) {
      expect(body).toContain(`Disallow: ${path}\n`);
    }
    expect(body).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
  });
});

describe("pages that do not exist", () => {
  it.each([
    ["en", "/en/no-such-page"],
    ["en", "/en/stories/no-such-story/"],
    ["vi", "/khong-co-trang-nay"],
  ] as const)("answer 404 in the path's language (%s) %s", async (locale, pathname) => {
    const { response, body } = await get(pathname);
    expect(response.status).toBe(404);
    expect(body).toContain(`<html lang="${locale}"`);
    expect(body).toContain(dictionaries[locale]["error.404.title"]);
    expect(body).toContain('<meta name="robots" content="noindex">');
  });
});
