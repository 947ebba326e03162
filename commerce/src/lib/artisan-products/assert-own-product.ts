import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import ArtisanProductLink from "../../links/artisan-product";

/**
 * Fails with 404 unless `productId` is one of the artisan's products. Another artisan's product is
 * "not found" too: an artisan never learns that someone else's id exists.
 */
export async function assertOwnProduct(
  scope: MedusaContainer,
  artisanId: string,
  productId: string,
): Promise<void> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: ArtisanProductLink.entryPoint,
    fields: ["product_id"],
    filters: { product_id: productId, artisan_id: artisanId },
  });
  if (!data.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product ${productId} was not found among your products`,
    );
  }
}

/** Ids of the artisan's products (any status). */
export async function listOwnProductIds(scope: MedusaContainer, artisanId: string): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: ArtisanProductLink.entryPoint,
    fields: ["product_id"],
    filters: { artisan_id: artisanId },
  });
  return data.map((row) => row.product_id as string);
}
