import type { RemoteQueryFunction } from "@medusajs/framework/types";
import type { Craft, EthnicGroup } from "../../../modules/craft/vocabulary";
import ArtisanProductLink from "../../../links/artisan-product";
import ProductCraftProfileLink from "../../../links/product-craft-profile";

export type Query = Omit<RemoteQueryFunction, symbol>;

/** Filters that select products through the project's links (craft profile, artisan, channel). */
export interface LinkFilters {
  craft?: Craft[];
  ethnic_group?: EthnicGroup[];
  village?: string[];
  /** Artisan handles. */
  artisan?: string[];
  sales_channel_ids: string[];
}

/** Product ids that pass the filters; undefined when nothing restricts them. */
export async function matchingProductIds(query: Query, filters: LinkFilters): Promise<string[] | undefined> {
  const { craft, ethnic_group, village, artisan, sales_channel_ids } = filters;
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
  if (sales_channel_ids.length && (await countSalesChannels(query)) > 1) {
    sets.push(
      await linkedProductIds(query, "product_sales_channel", { sales_channel_id: sales_channel_ids }),
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
