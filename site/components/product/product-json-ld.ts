import type { BreadcrumbList, ItemAvailability, Person, Product, WithContext } from "schema-dts";
import type { CatalogProduct } from "../../../commerce/src/api/store/types.ts";
import { variantLabel } from "./variant-label.ts";

export interface ProductJsonLdInput {
  product: CatalogProduct;
  /** Absolute URL of the product page. */
  url: string;
  /** Absolute URL of the maker's page, when the product has a maker. */
  artisanUrl?: string;
  /** The maker's title and craft in the page's language, e.g. "Nghệ nhân Ưu tú". */
  artisanJobTitle?: string;
  /** The shop (schema.org seller). */
  siteName: string;
  siteUrl: string;
  /** Breadcrumb trail: name and absolute URL of each level above the product. */
  trail: { name: string; url: string }[];
}

const IN_STOCK: ItemAvailability = "https://schema.org/InStock";
const OUT_OF_STOCK: ItemAvailability = "https://schema.org/OutOfStock";

/**
 * Product (one Offer per priced variant), its maker as a Person, and the breadcrumb. schema.org's
 * `brand` and `manufacturer` take organisations, so the maker's name is the Brand and `manufacturer`
 * points at the Person node by `@id`.
 */
export function productJsonLd(input: ProductJsonLdInput): WithContext<Product | Person | BreadcrumbList>[] {
  const { product, url, artisanUrl, siteName, siteUrl, trail } = input;
  const personId = artisanUrl ? `${artisanUrl}#person` : undefined;
  const offers = product.variants.flatMap((variant) =>
    variant.calculated_price
      ? [
          {
            "@type": "Offer" as const,
            name: variantLabel(variant),
            ...(variant.sku ? { sku: variant.sku } : {}),
            price: variant.calculated_price.calculated_amount,
            priceCurrency: variant.calculated_price.currency_code.toUpperCase(),
            availability: variant.in_stock ? IN_STOCK : OUT_OF_STOCK,
            url,
            seller: { "@type": "Organization" as const, name: siteName, url: siteUrl },
          },
        ]
      : [],
  );
  const productNode: WithContext<Product> = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    url,
    ...(product.description ? { description: product.description } : {}),
    image: product.images.length
      ? product.images.map((image) => image.url)
      : (product.thumbnail ?? undefined),
    ...(product.variants[0]?.sku ? { sku: product.variants[0].sku } : {}),
    ...(product.artisan ? { brand: { "@type": "Brand", name: product.artisan.display_name } } : {}),
    ...(personId ? { manufacturer: { "@id": personId } } : {}),
    ...(product.weight
      ? { weight: { "@type": "QuantitativeValue", value: product.weight, unitCode: "GRM" } }
      : {}),
    offers,
  };
  const nodes: WithContext<Product | Person | BreadcrumbList>[] = [productNode];
  if (product.artisan && personId && artisanUrl) {
    nodes.push({
      "@context": "https://schema.org",
      "@type": "Person",
      "@id": personId,
      name: product.artisan.display_name,
      url: artisanUrl,
      ...(input.artisanJobTitle ? { jobTitle: input.artisanJobTitle } : {}),
    });
  }
  nodes.push({
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [...trail, { name: product.title, url }].map((level, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: level.name,
      item: level.url,
    })),
  });
  return nodes;
}
