import { readFileSync } from "node:fs";
import { parseFrontmatter } from "astro/markdown";
import { describe, expect, it } from "vitest";
import { CONTENT_LANGUAGES } from "../../search-config/indexes.ts";
import { storySettings, type StoryDocument } from "../../search-config/stories.ts";
import { villageSettings, type VillageDocument } from "../../search-config/villages.ts";
import {
  storyDocument,
  villageDocument,
  type StoryEntry,
  type VillageEntry,
} from "../../site/lib/search/content-documents.ts";
import { markdownToPlainText } from "../../site/lib/search/plain-text.ts";

// Search documents built from real entries of content/ (front matter parsed as Astro does), and the
// declared settings checked against the documents they index.

const CONTENT = new URL("../../content/", import.meta.url);
const links = { url: "/page/", imageUrl: "/_astro/picture.webp" };

function read(path: string) {
  const { frontmatter, content } = parseFrontmatter(readFileSync(new URL(path, CONTENT), "utf8"));
  return { data: frontmatter as Record<string, unknown>, body: content };
}

function village(lang: "vi" | "en", handle: string): VillageDocument {
  const { data, body } = read(`villages/${lang}/${handle}.md`);
  return villageDocument({ id: `${lang}/${handle}`, body, data: data as VillageEntry["data"] }, links);
}

function story(lang: "vi" | "en", handle: string): StoryDocument {
  const { data, body } = read(`stories/${lang}/${handle}.mdx`);
  const entry = {
    id: `${lang}/${handle}`,
    body,
    data: { ...data, publishedAt: new Date(String(data.publishedAt)) } as StoryEntry["data"],
  };
  const home = village(lang, String(data.village));
  return storyDocument(
    entry,
    { handle: home.handle, name: home.name, ethnicGroup: home.ethnic_group },
    links,
  );
}

describe("village documents", () => {
  it("hold the entry's texts in its language, with names for the codes", () => {
    const vi = village("vi", "kon-klor");
    expect(vi).toMatchObject({
      id: "vi-kon-klor",
      handle: "kon-klor",
      lang: "vi",
      name: "Làng Kon Klor",
      ethnic_group: "ba-na",
      ethnic_group_name: "Ba Na",
      crafts: ["brocade-weaving", "basketry", "wood-carving"],
      craft_names: ["Dệt thổ cẩm", "Đan lát", "Tạc tượng gỗ"],
      url: "/page/",
      image_url: "/_astro/picture.webp",
    });
    expect(vi.place).toContain("Quảng Ngãi");
    expect(vi.body).toContain("nhà rông");
    const en = village("en", "kon-klor");
    expect(en).toMatchObject({ id: "en-kon-klor", lang: "en", ethnic_group_name: "Ba Na (Bahnar)" });
    expect(en.craft_names).toContain("Brocade weaving");
  });

  it("keep the body as plain NFC text", () => {
    const { body } = village("vi", "kon-klor");
    expect(body).not.toMatch(/[#*_`>\n]/);
    expect(body).toBe(body.normalize("NFC"));
    expect(body).toBe(body.trim());
  });
});

describe("story documents", () => {
  it("carry the village, craft and date of the story", () => {
    const doc = story("en", "the-back-basket");
    expect(doc).toMatchObject({
      id: "en-the-back-basket",
      lang: "en",
      title: "The back-basket: a woven companion to the fields",
      village: "plei-don",
      crafts: ["basketry"],
      craft_names: ["Basketry"],
      artisan: "a-bung",
      published_at: Date.UTC(2025, 2, 17) / 1000,
    });
    expect(doc.excerpt).toContain("gùi");
    expect(doc.body).toContain("Many kinds of basket");
    expect(doc.body).not.toMatch(/##|_Sample|\n/);
  });
});

describe("markdownToPlainText", () => {
  it("keeps the words and drops the markup", () => {
    const text = markdownToPlainText(
      [
        'import Figure from "../Figure.astro";',
        "",
        "## A **bold** heading",
        "",
        "> A quote with a [link](https://example.com) and ![alt text](x.jpg).",
        "",
        "- one _item_",
        "1. two `code`",
        "",
        '<Figure src="x" caption="ignored" />',
        "snake_case_name stays",
      ].join("\n"),
    );
    expect(text).toBe(
      "A bold heading A quote with a link and alt text. one item two code snake_case_name stays",
    );
  });
});

describe("content settings", () => {
  const cases = [
    ["villages", villageSettings, village("vi", "kon-klor")],
    ["stories", storySettings, story("vi", "the-back-basket")],
  ] as const;

  it.each(cases)("of %s name only fields their documents have", (_name, settings, doc) => {
    const fields = Object.keys(doc);
    for (const attribute of [
      ...settings.searchableAttributes,
      ...settings.filterableAttributes,
      ...settings.sortableAttributes,
    ]) {
      expect(fields).toContain(attribute);
    }
  });

  it.each(cases)("of %s weigh the name first and the long text last", (_name, settings) => {
    expect(["name", "title"]).toContain(settings.searchableAttributes[0]);
    expect(settings.searchableAttributes.at(-1)).toBe("body");
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["lang", "ethnic_group", "crafts"]));
  });

  it.each(cases)("of %s analyse both languages and share the bilingual synonyms", (_name, settings) => {
    expect(settings.localizedAttributes.flatMap((rule) => rule.locales)).toEqual(["vie", "eng"]);
    expect(CONTENT_LANGUAGES).toEqual(["vi", "en"]);
    expect(settings.synonyms["brocade"]).toEqual(expect.arrayContaining(["thổ cẩm"]));
    expect(settings.typoTolerance.minWordSizeForTypos.oneTypo).toBeLessThanOrEqual(4);
  });
});
