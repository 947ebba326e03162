import type { MedusaContainer } from "@medusajs/framework/types";
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
  QueryContext,
} from "@medusajs/framework/utils";
import type { CatalogProduct } from "../types";
import { CATALOG_PRODUCT_FIELDS } from "./catalog-fields";
import { matchingProductIds, type LinkFilters, type Query } from "./matching-product-ids";
import { rankByLowestPrice, type PricedProductRow } from "./rank-by-price";
import { shownMarksByProduct } from "./shown-marks";
import { toCatalogProduct, type ProductRow } from "./to-catalog-product";
import type { CatalogOrder } from "./catalog-orders";

export interface CatalogFilters extends Omit<LinkFilters, "sales_channel_ids"> {
  handle?: string;
  /** Bounds on the product's lowest variant price in the region (main units), inclusive. */
  price_min?: number;
  price_max?: number;
}

export interface CatalogQuery {
  filters: CatalogFilters;
  region_id: string;
  sales_channel_ids: string[];
  limit: number;
  offset: number;
  order: CatalogOrder;
  locale?: string;
}

interface Region {
  id: string;
  currency_code: string;
}

/**
 * Published products of the storefront's channels matching craft, ethnic group, village, artisan and
 * price filters, priced in the region's currency, with their craft profile, maker, stock and the
 * marks they may show today.
 */
export async function listCatalogProducts(
  scope: MedusaContainer,
  params: CatalogQuery,
): Promise<{ products: CatalogProduct[]; count: number }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const { handle, price_min, price_max, ...links } = params.filters;
  const ids = await matchingProductIds(query, { ...links, sales_channel_ids: params.sales_channel_ids });
  if (ids && !ids.length) return { products: [], count: 0 };
  const region = await retrieveRegion(query, params.region_id);
  const [field, direction] = params.order.startsWith("-")
    ? [params.order.slice(1), "DESC" as const]
    : [params.order, "ASC" as const];
  const filters = { status: "published", ...(ids ? { id: ids } : {}), ...(handle ? { handle } : {}) };

  let rows: ProductRow[];
  let count: number;
  if (field === "price" || price_min !== undefined || price_max !== undefined) {
    // A price is computed per region, not a column: rank every matching product by its lowest price.
    const ranked = await rankedByPrice(query, filters, region, {
      min: price_min,
      max: price_max,
      direction: field === "price" ? direction : "ASC",
    });
    count = ranked.length;
    if (!count) return { products: [], count };
    if (field === "price") {
      const pageIds = ranked.slice(params.offset, params.offset + params.limit);
      const { rows: page } = pageIds.length
        ? await readProducts(query, { id: pageIds }, region, params.locale)
        : { rows: [] };
      rows = pageIds.flatMap((id) => page.filter((row) => row.id === id));
    } else {
      const page = { ...params, field, direction };
      ({ rows } = await readProducts(query, { id: ranked }, region, params.locale, page));
    }
  } else {
    const page = { ...params, field, direction };
    ({ rows, count } = await readProducts(query, filters, region, params.locale, page));
  }

  const variantIds = rows.flatMap((row) => (row.variants ?? []).map((variant) => variant.id));
  const availability = variantIds.length
    ? await getVariantAvailability(query, {
        variant_ids: variantIds,
        sales_channel_id: params.sales_channel_ids[0],
      })
    : {};
  const marks = await shownMarksByProduct(scope, rows);
  return {
    products: rows.map((row) => toCatalogProduct(row, availability, marks.get(row.id))),
    count,
  };
}

async function retrieveRegion(query: Query, regionId: string): Promise<Region> {
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { id: regionId },
  });
  const region = data[0] as Region | undefined;
  if (!region) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region ${regionId} does not exist`);
  return region;
}

const priceContext = (region: Region) => ({
  variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) },
});

/**
 * Ids of the matching products by their lowest variant price in the region, within the bounds.
 *
 * How it scales: one Query call reads the products that passed the other filters with their variants'
 * calculated prices (the Pricing Module computes them in one batch, honouring price lists and region
 * rules, so the filter sees the price the buyer sees); the ranking is done here, and only the page is
 * then read in full. The cost grows with the number of matching products: fine for this catalogue and
 * into the low thousands. Past that, keep each product's lowest price per region in an indexed column
 * (or the search index), updated by a subscriber on price changes, and filter and sort in the database.
 */
async function rankedByPrice(
  query: Query,
  filters: Record<string, unknown>,
  region: Region,
  ranking: Parameters<typeof rankByLowestPrice>[1],
): Promise<string[]> {
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id", "variants.calculated_price.calculated_amount"],
    filters,
    context: priceContext(region),
  });
  return rankByLowestPrice(data as PricedProductRow[], ranking);
}

/** Products in full (CATALOG_PRODUCT_FIELDS); one page of them, and their total, when `page` is given. */
async function readProducts(
  query: Query,
  filters: Record<string, unknown>,
  region: Region,
  locale: string | undefined,
  page?: { offset: number; limit: number; field: string; direction: "ASC" | "DESC" },
): Promise<{ rows: ProductRow[]; count: number }> {
  const { data, metadata } = await query.graph(
    {
      entity: "product",
      fields: CATALOG_PRODUCT_FIELDS,
      filters,
      ...(page
        ? {
            pagination: {
              skip: page.offset,
              take: page.limit,
              order: { [page.field]: page.direction, id: "ASC" },
            },
          }
        : {}),
      context: priceContext(region),
    },
    { locale },
  );
  return { rows: data as ProductRow[], count: metadata?.count ?? data.length };
}
