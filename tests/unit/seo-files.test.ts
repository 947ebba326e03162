import { describe, expect, it } from "vitest";
import { localeOfPath } from "../../site/components/layout/locale-of-path.ts";
import { robotsTxt } from "../../site/lib/seo/robots-txt.ts";
import { renderSitemap } from "../../site/lib/seo/sitemap-xml.ts";
import { cacheFor } from "../../site/lib/ttl-cache.ts";

describe("sitemap XML", () => {
  const xml = renderSitemap([
    {
      versions: [
        { hreflang: "vi", href: "https://example.vn/stories/a/" },
        { hreflang: "en", href: "https://example.vn/en/stories/a/" },
      ],
      lastmod: "2025-05-05",
    },
    { versions: [{ hreflang: "vi", href: "https://example.vn/?a=1&b=2" }] },
  ]);

  it("has one url per language version, each listing every version and x-default", () => {
    const urls = xml.match(/<url>.*?<\/url>/g) ?? [];
    expect(urls).toHaveLength(3);
    expect(urls[1]).toContain("<loc>https://example.vn/en/stories/a/</loc><lastmod>2025-05-05</lastmod>");
    for (const url of urls.slice(0, 2)) {
      expect(url).toContain('hreflang="vi" href="https://example.vn/stories/a/"');
      expect(url).toContain('hreflang="en" href="https://example.vn/en/stories/a/"');
      expect(url).toContain('hreflang="x-default" href="https://example.vn/stories/a/"');
    }
  });

  it("escapes URLs and declares the namespaces", () => {
    expect(xml).toContain("<loc>https://example.vn/?a=1&amp;b=2</loc>");
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });
});

describe("robots.txt", () => {
  it("closes the buyer's pages and the API in every language and names the sitemap", () => {
    const text = robotsTxt("https://example.vn/sitemap.xml", ["", "/en"]);
    for (const path of ["/cart", "/checkout", "/order", "/api", "/store", "/en/cart", "/en/checkout"]) {
      expect(text).toContain(`Disallow: ${path}\n`);
    }
    expect(text).toContain("Sitemap: https://example.vn/sitemap.xml");
    expect(text).not.toMatch(/Disallow: \/\n/);
  });
});

describe("the language of an unknown path", () => {
  it("is English only under /en", () => {
    expect(localeOfPath("/en/no-such-page")).toBe("en");
    expect(localeOfPath("/en")).toBe("en");
    expect(localeOfPath("/villages/en")).toBe("vi");
    expect(localeOfPath("/english")).toBe("vi");
    expect(localeOfPath("/")).toBe("vi");
  });
});

describe("a result kept for a while", () => {
  it("is shared until it expires, and a failure is not kept", async () => {
    let time = 0;
    let calls = 0;
    let fail = true;
    const read = cacheFor(
      1000,
      async () => {
        calls += 1;
        if (fail) throw new Error("down");
        return calls;
      },
      () => time,
    );
    await expect(read()).rejects.toThrow("down");
    fail = false;
    expect(await read()).toBe(2);
    time = 999;
    expect(await read()).toBe(2);
    time = 1000;
    expect(await read()).toBe(3);
  });
});
