import { describe, expect, it } from "vitest";
import { artisanFixtures } from "../../commerce/src/scripts/seed/fixtures/artisans.ts";
import { productFixtures } from "../../commerce/src/scripts/seed/fixtures/products/index.ts";
import { villageFixtures } from "../../commerce/src/scripts/seed/fixtures/villages.ts";
import { sampleMark } from "../../commerce/src/scripts/seed/trace/fixtures.ts";
import {
  ARTISAN_TITLES,
  CRAFTS,
  ETHNIC_GROUPS,
  HANDLE_PATTERN,
  OCOP_STARS,
} from "../../commerce/src/modules/craft/vocabulary.ts";

const variants = productFixtures.flatMap((product) => product.variants);
const artisans = new Map(artisanFixtures.map((artisan) => [artisan.handle, artisan]));
const villages = new Map(villageFixtures.map((village) => [village.handle, village]));
const duplicates = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("sample fixtures", () => {
  it("are big enough: products, crafts, villages, artisans", () => {
    expect(productFixtures.length).toBeGreaterThanOrEqual(60);
    expect(new Set(productFixtures.map((product) => product.craft)).size).toBeGreaterThanOrEqual(6);
    expect(villageFixtures).toHaveLength(8);
    expect(artisanFixtures.length).toBeGreaterThanOrEqual(15);
  });

  it("have unique, well-formed handles and unique KTC-DEMO SKUs", () => {
    for (const list of [productFixtures, artisanFixtures, villageFixtures]) {
      const handles = list.map((item) => item.handle);
      expect(duplicates(handles)).toEqual([]);
      for (const handle of handles) expect(handle).toMatch(HANDLE_PATTERN);
    }
    const skus = variants.map((variant) => variant.sku);
    expect(duplicates(skus)).toEqual([]);
    for (const sku of skus) expect(sku).toMatch(/^KTC-DEMO-[A-Z0-9-]+$/);
  });

  it("link products to artisans who practise the craft, and artisans to villages of their group", () => {
    for (const product of productFixtures) {
      const artisan = artisans.get(product.artisanHandle);
      expect(artisan, product.handle).toBeDefined();
      expect(artisan?.crafts, product.handle).toContain(product.craft);
    }
    for (const artisan of artisanFixtures) {
      const village = villages.get(artisan.villageHandle);
      expect(village, artisan.handle).toBeDefined();
      expect(artisan.ethnicGroup, artisan.handle).toBe(village?.ethnicGroup);
      for (const craft of artisan.crafts) expect(village?.crafts, artisan.handle).toContain(craft);
    }
    expect(new Set(artisanFixtures.map((artisan) => artisan.villageHandle)).size).toBe(
      villageFixtures.length,
    );
  });

  it("use only the closed lists of the vocabulary", () => {
    for (const village of villageFixtures) expect(ETHNIC_GROUPS).toContain(village.ethnicGroup);
    for (const craft of [
      ...productFixtures.map((p) => p.craft),
      ...villageFixtures.flatMap((v) => v.crafts),
    ]) {
      expect(CRAFTS).toContain(craft);
    }
    const titled = artisanFixtures.filter((artisan) => artisan.title !== null);
    expect(titled.length).toBeLessThanOrEqual(3);
    for (const artisan of titled) expect(ARTISAN_TITLES).toContain(artisan.title);
    for (const product of productFixtures) {
      if (product.ocopStars !== null) expect(OCOP_STARS).toContain(product.ocopStars);
      // Only the sample mark (no real one), and only on products of its current (open-ended) members.
      const members = sampleMark.memberHandles.filter((member) => member.valid_to === null);
      for (const mark of product.marks) {
        expect([product.handle, mark]).toEqual([product.handle, sampleMark.handle]);
        expect(members.map((member) => member.handle)).toContain(product.artisanHandle);
      }
    }
  });

  it("give every variant one of its product's option values", () => {
    for (const product of productFixtures) {
      const values = product.option.values.map((value) => value.vi);
      for (const variant of product.variants) expect(values, product.handle).toContain(variant.option);
    }
  });

  it("price in whole đồng and in dollars, with some variants sold out", () => {
    for (const variant of variants) {
      expect(Number.isInteger(variant.vnd) && variant.vnd > 0, variant.sku).toBe(true);
      expect(variant.usd, variant.sku).toBeGreaterThan(0);
      expect(Number.isInteger(variant.stock) && variant.stock >= 0, variant.sku).toBe(true);
    }
    expect(variants.filter((variant) => variant.stock === 0).length).toBeGreaterThanOrEqual(5);
    expect(productFixtures.some((product) => product.variants.every((variant) => variant.stock === 0))).toBe(
      true,
    );
    const scarf = productFixtures.find((product) => product.handle === "khan-choang-tho-cam");
    expect(scarf?.variants.map((variant) => [variant.option, variant.vnd, variant.usd])).toEqual([
      ["Đỏ – đen", 450000, 18],
      ["Xanh chàm", 450000, 18],
    ]);
  });

  it("write all text in NFC", () => {
    const text = strings([villageFixtures, artisanFixtures, productFixtures]);
    expect(text.filter((s) => s !== s.normalize("NFC"))).toEqual([]);
  });
});
