import { describe, expect, it } from "vitest";
import { productSettings } from "../../search-config/products.ts";
import { PRODUCT_DATE_FIELDS, productSearchFields } from "../../commerce/src/lib/search/product-fields.ts";
import type { ProductSearchRow } from "../../commerce/src/lib/search/product-row.ts";
import { toProviderSettings } from "../../commerce/src/lib/search/provider-settings.ts";
import { toProductDocument } from "../../commerce/src/lib/search/to-product-document.ts";
import { frontMatterName, readVillageNames } from "../../commerce/src/lib/search/village-names.ts";

const villages = {
  vi: new Map([["kon-k-tu", "Làng Kon K'Tu"]]),
  en: new Map([["kon-k-tu", "Kon K'Tu village"]]),
};

const level = (stocked: number, reserved = 0) => ({ stocked_quantity: stocked, reserved_quantity: reserved });

const row: ProductSearchRow = {
  id: "prod_1",
  handle: "khan-tho-cam",
  title: "Khăn thổ cẩm",
  subtitle: "",
  description: "Dệt tay",
  status: "published",
  thumbnail: null,
  created_at: new Date("2026-05-01T08:30:00Z"),
  metadata: { sample: true },
  sales_channels: [{ id: "sc_1" }, null],
  craft_profile: {
    craft: "brocade-weaving",
    ethnic_group: null,
    village_handle: "kon-k-tu",
    materials: [{ name: { vi: "Sợi bông", en: "Cotton thread" }, origin: { vi: "Kon Tum" } }],
    ocop_stars: 4,
  },
  artisan: { handle: "y-bloi", display_name: "Y Bloi", village_handle: "plei-don", ethnic_group: "ba-na" },
  variants: [
    {
      id: "v1",
      manage_inventory: true,
      allow_backorder: false,
      prices: [
        { amount: 450000, currency_code: "vnd" },
        { amount: 18, currency_code: "usd" },
        { amount: 300000, currency_code: "vnd", price_list_id: "plist_sale" },
      ],
      inventory_items: [{ required_quantity: 1, inventory: { location_levels: [level(2, 2)] } }],
    },
    {
      id: "v2",
      manage_inventory: true,
      allow_backorder: false,
      prices: [{ amount: "520000", currency_code: "vnd" }],
      inventory_items: [{ required_quantity: 1, inventory: { location_levels: [level(0), level(3, 1)] } }],
    },
  ],
};

describe("product search documents", () => {
  it("takes the profile's craft and village, the maker's group, names in the index's language", () => {
    const vi = toProductDocument(row, "vi", villages);
    expect(vi).toMatchObject({
      craft: "brocade-weaving",
      craft_name: "Dệt thổ cẩm",
      ethnic_group: "ba-na",
      ethnic_group_name: "Ba Na",
      village: "kon-k-tu",
      village_name: "Làng Kon K'Tu",
      artisan: "y-bloi",
      artisan_name: "Y Bloi",
      materials: ["Sợi bông"],
      subtitle: null,
      sample: true,
      ocop_stars: 4,
      language: "vi",
      status: "published",
      created_at: "2026-05-01T08:30:00.000Z",
      sales_channel_ids: ["sc_1"],
      other_names: ["Brocade weaving", "Ba Na (Bahnar)"],
    });
    const en = toProductDocument(row, "en", villages);
    expect(en).toMatchObject({
      craft_name: "Brocade weaving",
      ethnic_group_name: "Ba Na (Bahnar)",
      village_name: "Kon K'Tu village",
      materials: ["Cotton thread"],
      language: "en",
      other_names: ["Dệt thổ cẩm", "Ba Na"],
    });
  });

  it("prices: the lowest list price per currency, sales prices left out; null without one", () => {
    const document = toProductDocument(row, "vi", villages);
    expect(document.price_vnd).toBe(450000);
    expect(document.price_usd).toBe(18);
    expect(toProductDocument({ ...row, variants: [] }, "vi", villages).price_vnd).toBeNull();
  });

  it("in stock while some variant has a unit left; sold out when none has", () => {
    expect(toProductDocument(row, "vi", villages).in_stock).toBe(true);
    const soldOut = {
      ...row,
      variants: row.variants!.map((variant) => ({
        ...variant!,
        inventory_items: [{ required_quantity: 1, inventory: { location_levels: [level(1, 1)] } }],
      })),
    };
    expect(toProductDocument(soldOut, "vi", villages).in_stock).toBe(false);
    const backorder = { ...soldOut, variants: [{ ...soldOut.variants[0], allow_backorder: true }] };
    expect(toProductDocument(backorder, "vi", villages).in_stock).toBe(true);
  });

  it("without a craft profile or maker, the fields are null rather than made up", () => {
    const bare = toProductDocument({ ...row, craft_profile: null, artisan: null }, "vi", villages);
    expect(bare).toMatchObject({
      craft: null,
      ethnic_group: null,
      village: null,
      artisan: null,
      materials: [],
    });
  });
});

describe("the product index definition agrees with search-config", () => {
  const fields = productSearchFields.toFields();
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
    expect(searchable).toEqual(productSettings.searchableAttributes);
  });

  it("declares filterable and sortable what the Meilisearch settings list", () => {
    expect(declared("filterable").sort()).toEqual([...productSettings.filterableAttributes].sort());
    expect(declared("sortable").sort()).toEqual([...productSettings.sortableAttributes].sort());
  });

  it("hands the settings to the provider with dates sorted on their epoch-ms twin", () => {
    const settings = toProviderSettings(productSettings, PRODUCT_DATE_FIELDS);
    expect(settings.sortableAttributes).toEqual(["price_vnd", "price_usd", "created_at__ts"]);
    expect(settings.searchableAttributes).toEqual(productSettings.searchableAttributes);
    expect(settings.synonyms).toBe(productSettings.synonyms);
  });
});

describe("village names from the content collection", () => {
  it("reads the front matter's name, quoted or not", () => {
    expect(frontMatterName("---\nlocale: vi\nname: Làng Đăk Mế\n---\nText")).toBe("Làng Đăk Mế");
    expect(frontMatterName('---\nname: "Kon K\'Tu village"\n---\n')).toBe("Kon K'Tu village");
    expect(frontMatterName("no front matter")).toBeUndefined();
  });

  it("finds the repository's villages in both languages", () => {
    const names = readVillageNames();
    expect(names.vi.get("dak-me")).toBe("Làng Đăk Mế");
    expect(names.en.size).toBe(names.vi.size);
  });
});
