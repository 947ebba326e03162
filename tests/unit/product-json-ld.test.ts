import { describe, expect, it } from "vitest";
import type { CatalogProduct } from "../../commerce/src/api/store/types.ts";
import { fill, plural } from "../../site/components/catalog/fill.ts";
import { useTranslations } from "../../site/i18n/index.ts";
import { productJsonLd } from "../../site/components/product/product-json-ld.ts";

const variant = (id: string, amount: number, inStock: boolean) => ({
  id,
  title: id,
  sku: `KTC-${id.toUpperCase()}`,
  options: [{ option_title: "Màu sắc", value: `Màu ${id}` }],
  calculated_price: { calculated_amount: amount, original_amount: amount, currency_code: "vnd" },
  inventory_quantity: inStock ? 3 : 0,
  in_stock: inStock,
});

const product: CatalogProduct = {
  id: "prod_1",
  handle: "khan",
  title: "Khăn choàng",
  subtitle: null,
  description: "Sản phẩm mẫu.",
  thumbnail: "http://cdn/khan-1.webp",
  images: [{ id: "img_1", url: "http://cdn/khan-1.webp" }],
  weight: 200,
  length: null,
  width: null,
  height: null,
  created_at: "2026-01-01T00:00:00.000Z",
  sample: true,
  craft: null,
  artisan: {
    id: "art_1",
    handle: "y-bloi",
    display_name: "Y Bloi",
    village_handle: "kon-k-tu",
    ethnic_group: "ba-na",
    title: "meritorious-artisan",
  },
  marks: [],
  variants: [variant("red", 450000, true), variant("blue", 480000, false)],
};

describe("product JSON-LD", () => {
  const nodes = productJsonLd({
    product,
    url: "https://shop/products/khan/",
    artisanUrl: "https://shop/artisans/y-bloi/",
    artisanJobTitle: "Nghệ nhân Ưu tú",
    siteName: "Kon Tum Crafts",
    siteUrl: "https://shop/",
    trail: [{ name: "Trang chủ", url: "https://shop/" }],
  });

  it("offers each variant at its price in upper-case currency, with its availability", () => {
    expect(nodes[0]).toMatchObject({
      "@type": "Product",
      name: "Khăn choàng",
      brand: { "@type": "Brand", name: "Y Bloi" },
      manufacturer: { "@id": "https://shop/artisans/y-bloi/#person" },
      offers: [
        { price: 450000, priceCurrency: "VND", availability: "https://schema.org/InStock", name: "Màu red" },
        { price: 480000, priceCurrency: "VND", availability: "https://schema.org/OutOfStock" },
      ],
    });
  });

  it("names the maker as a Person and ends the breadcrumb at the product", () => {
    expect(nodes[1]).toMatchObject({ "@type": "Person", "@id": "https://shop/artisans/y-bloi/#person" });
    expect(nodes[2]).toMatchObject({
      "@type": "BreadcrumbList",
      itemListElement: [
        { position: 1, name: "Trang chủ" },
        { position: 2, name: "Khăn choàng", item: "https://shop/products/khan/" },
      ],
    });
  });
});

describe("dictionary placeholders", () => {
  it("fills named placeholders and keeps unknown ones", () => {
    expect(fill("Trang {page} / {total}", { page: 2 })).toBe("Trang 2 / {total}");
  });

  it("picks the English singular, and the one Vietnamese form", () => {
    expect(plural(useTranslations("en"), "en", "catalog.count", 1)).toBe("1 product");
    expect(plural(useTranslations("en"), "en", "catalog.count", 3)).toBe("3 products");
    expect(plural(useTranslations("vi"), "vi", "catalog.count", 1)).toBe("1 sản phẩm");
  });
});
