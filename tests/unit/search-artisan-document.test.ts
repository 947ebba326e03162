import { describe, expect, it } from "vitest";
import { artisanSettings, artisanSettingsByLanguage } from "../../search-config/artisans.ts";
import { synonyms } from "../../search-config/synonyms.ts";
import { productSettings } from "../../search-config/products.ts";
import { artisanSearchFields } from "../../commerce/src/lib/search/artisan-fields.ts";
import type { ArtisanSearchRow } from "../../commerce/src/lib/search/artisan-row.ts";
import { bioExcerpt, toArtisanDocument } from "../../commerce/src/lib/search/artisan-document.ts";

const villages = {
  vi: new Map([["kon-pring", "Làng Kon Pring"]]),
  en: new Map([["kon-pring", "Kon Pring village"]]),
};

const row: ArtisanSearchRow = {
  id: "art_1",
  handle: "a-hrum",
  display_name: "A Hrum",
  village_handle: "kon-pring",
  ethnic_group: "xo-dang",
  crafts: ["basketry", "musical-instruments"],
  title: "meritorious-artisan",
  bio: "A Hrum đan **gùi** và làm nhạc cụ tre,\n\nhai nghề ông học từ cha.",
  photo_url: "",
  metadata: { sample: true },
  products: [
    { id: "prod_1", status: "published" },
    { id: "prod_2", status: "draft" },
    null,
    { id: "prod_3", status: "published" },
  ],
};

describe("artisan search documents", () => {
  it("carries the names in the index's language and counts published products only", () => {
    expect(toArtisanDocument(row, "vi", villages)).toEqual({
      id: "art_1",
      handle: "a-hrum",
      name: "A Hrum",
      title: "meritorious-artisan",
      title_name: "Nghệ nhân Ưu tú",
      village: "kon-pring",
      village_name: "Làng Kon Pring",
      ethnic_group: "xo-dang",
      ethnic_group_name: "Xơ Đăng",
      crafts: ["basketry", "musical-instruments"],
      craft_names: ["Đan lát", "Làm nhạc cụ"],
      bio: "A Hrum đan gùi và làm nhạc cụ tre, hai nghề ông học từ cha.",
      portrait_url: null,
      product_count: 2,
      sample: true,
      language: "vi",
      other_names: ["Basketry", "Musical instrument making", "Xơ Đăng (Sedang)"],
    });
    expect(toArtisanDocument(row, "en", villages)).toMatchObject({
      title_name: "Meritorious Artisan",
      village_name: "Kon Pring village",
      ethnic_group_name: "Xơ Đăng (Sedang)",
      craft_names: ["Basketry", "Musical instrument making"],
      language: "en",
      other_names: ["Đan lát", "Làm nhạc cụ", "Xơ Đăng"],
    });
  });

  it("leaves out what is unknown rather than making it up", () => {
    const bare = toArtisanDocument(
      { ...row, title: null, village_handle: "unknown-village", products: null, metadata: null },
      "vi",
      villages,
    );
    expect(bare).toMatchObject({ title: null, title_name: null, village_name: null, product_count: 0 });
    expect(bare.sample).toBe(false);
  });

  it("cuts a long bio at a word, with an ellipsis", () => {
    const long = "Ông dệt thổ cẩm từ nhỏ. ".repeat(30);
    const excerpt = bioExcerpt(long, 100);
    expect(excerpt.length).toBeLessThanOrEqual(101);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(bioExcerpt("Ngắn gọn.")).toBe("Ngắn gọn.");
    expect(bioExcerpt("Xem [trang làng](https://example.com) nhé")).toBe("Xem trang làng nhé");
  });
});

describe("the artisan index definition agrees with search-config", () => {
  const fields = artisanSearchFields.toFields();
  const declared = (flag: "filterable" | "sortable") =>
    Object.entries(fields).flatMap(([name, field]) => (field[flag] ? [name] : []));

  it("declares searchable, in the same order of weight, what the Meilisearch settings list", () => {
    const searchable = Object.entries(fields)
      .flatMap(([name, field]) =>
        field.searchable
          ? [{ name, weight: typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1 }]
          : [],
      )
      .sort((a, b) => b.weight - a.weight)
      .map((field) => field.name);
    expect(searchable).toEqual(artisanSettings.searchableAttributes);
    expect(searchable.slice(0, 4)).toEqual(["name", "craft_names", "village_name", "ethnic_group_name"]);
  });

  it("declares filterable and sortable what the Meilisearch settings list", () => {
    expect(declared("filterable").sort()).toEqual([...artisanSettings.filterableAttributes].sort());
    expect(declared("sortable").sort()).toEqual([...artisanSettings.sortableAttributes].sort());
  });

  it("shares the products' synonyms and typo tolerance; English is analysed as English", () => {
    expect(artisanSettings.synonyms).toBe(synonyms);
    expect(artisanSettings.typoTolerance.minWordSizeForTypos).toEqual(
      productSettings.typoTolerance.minWordSizeForTypos,
    );
    expect(artisanSettingsByLanguage.en.localizedAttributes).toEqual([
      { attributePatterns: ["*"], locales: ["eng"] },
    ]);
  });
});
