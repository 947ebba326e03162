import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types";
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
  QueryContext,
} from "@medusajs/framework/utils";
import type { Craft, EthnicGroup } from "../../../modules/craft/vocabulary";
import ArtisanProductLink from "../../../links/artisan-product";
import ProductCraftProfileLink from "../../../links/product-craft-profile";
import type { CatalogProduct } from "../types";
import { CATALOG_PRODUCT_FIELDS } from "./catalog-fields";
import { toCatalogProduct, type ProductRow } from "./to-catalog-product";

export interface CatalogFilters {
  craft?: Craft[];
  ethnic_group?: EthnicGroup[];
  village?: string[];
  /** Artisan handles. */
  artisan?: string[];
  handle?: string;
}

export interface CatalogQuery {
  filters: CatalogFilters;
  region_id: string;
  sales_channel_ids: string[];
  limit: number;
  offset: number;
  order: "created_at" | "-created_at" | "title" | "-title";
  locale?: string;
}

type Query = Omit<RemoteQueryFunction, symbol>;

/**
 * Published products of the storefront's channels matching craft, ethnic group, village and artisan
 * filters, priced in the region's currency, with their craft profile, maker and stock.
 */
export async function listCatalogProducts(
  scope: MedusaContainer,
  params: CatalogQuery,
): Promise<{ products: CatalogProduct[]; count: number }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const ids = await matchingProductIds(query, params);
  if (ids && !ids.length) return { products: [], count: 0 };

  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { id: params.region_id },
  });
  const region = regions[0];
  if (!region) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region ${params.region_id} does not exist`);
  }
  const [field, direction] = params.order.startsWith("-")
    ? [params.order.slice(1), "DESC" as const]
    : [params.order, "ASC" as const];
  const { data, metadata } = await query.graph(
    {
      entity: "product",
      fields: CATALOG_PRODUCT_FIELDS,
      filters: {
        status: "published",
        ...(ids ? { id: ids } : {}),
        ...(params.filters.handle ? { handle: params.filters.handle } : {}),
      },
      pagination: { skip: params.offset, take: params.limit, order: { [field]: direction, id: "ASC" } },
      context: {
        variants: {
          calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }),
        },
      },
    },
    { locale: params.locale },
  );
  const rows = data as ProductRow[];
  const variantIds = rows.flatMap((row) => (row.variants ?? []).map((variant) => variant.id));
  const availability = variantIds.length
    ? await getVariantAvailability(query, {
        variant_ids: variantIds,
        sales_channel_id: params.sales_channel_ids[0],
      })
    : {};
  return {
    products: rows.map((row) => toCatalogProduct(row, availability)),
    count: metadata?.count ?? rows.length,
  };
}

/** Product ids that pass the filters; undefined when nothing restricts them. */
async function matchingProductIds(query: Query, params: CatalogQuery): Promise<string[] | undefined> {
  const { craft, ethnic_group, village, artisan } = params.filters;
  const sets: string[][] = [];
  if (craft?.length || ethnic_group?.length || village?.length) {
    const { data: profiles } = await query.graph({
      entity: "craft_profile",
      fields: ["id"],
      filters: {
        ...(craft?.length ? { craft } : {}),
        ...(ethnic_group?.length ? { ethnic_group } : {}),
        ...(village?.length ? { village_handle: village } : {}),
      },
    });
    sets.push(
      await linkedProductIds(query, ProductCraftProfileLink.entryPoint, {
        craft_profile_id: profiles.map((profile: { id: string }) => profile.id),
      }),
    );
  }
  if (artisan?.length) {
    const { data: artisans } = await query.graph({
      entity: "artisan",
      fields: ["id"],
      filters: { handle: artisan },
    });
    sets.push(
      await linkedProductIds(query, ArtisanProductLink.entryPoint, {
        artisan_id: artisans.map((row: { id: string }) => row.id),
      }),
    );
  }
  if (params.sales_channel_ids.length && (await countSalesChannels(query)) > 1) {
    sets.push(
      await linkedProductIds(query, "product_sales_channel", { sales_channel_id: params.sales_channel_ids }),
    );
  }
  if (!sets.length) return undefined;
  return sets.reduce((kept, next) => kept.filter((id) => next.includes(id)));
}

async function linkedProductIds(
  query: Query,
  entity: string,
  filters: Record<string, string[]>,
): Promise<string[]> {
  if (Object.values(filters).some((values) => !values.length)) return [];
  const { data } = await query.graph({ entity, fields: ["product_id"], filters });
  return [...new Set(data.map((row: { product_id: string }) => row.product_id))];
}

async function countSalesChannels(query: Query): Promise<number> {
  const { metadata } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    pagination: { skip: 0, take: 1 },
  });
  return metadata?.count ?? 0;
}
