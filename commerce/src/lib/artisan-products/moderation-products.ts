import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import ArtisanProductLink from "../../links/artisan-product";
import { latestModeration } from "./moderation";
import { retrieveArtisanProductRows, retrieveArtisanProducts } from "./retrieve-artisan-products";
import type { ModerationProduct } from "./types";

/** Products as the curators' queue shows them: the artisan's view plus the maker and the latest decision. */
export async function retrieveModerationProducts(
  scope: MedusaContainer,
  ids: string[],
): Promise<ModerationProduct[]> {
  if (!ids.length) return [];
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const [products, rows, { data: links }] = await Promise.all([
    retrieveArtisanProducts(scope, ids),
    retrieveArtisanProductRows(scope, ids),
    query.graph({
      entity: ArtisanProductLink.entryPoint,
      fields: ["product_id", "artisan.id", "artisan.display_name"],
      filters: { product_id: ids },
    }),
  ]);
  return products.map((product) => {
    const artisan = links.find((link) => link.product_id === product.id)?.artisan;
    const metadata = rows.find((row) => row.id === product.id)?.metadata;
    return {
      ...product,
      artisan: artisan ? { id: artisan.id, display_name: artisan.display_name } : null,
      moderation: latestModeration(metadata),
    };
  });
}

export async function retrieveModerationProduct(
  scope: MedusaContainer,
  id: string,
): Promise<ModerationProduct> {
  const [product] = await retrieveModerationProducts(scope, [id]);
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${id} does not exist`);
  return product;
}
