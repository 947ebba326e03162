import type Medusa from "@medusajs/js-sdk";
import type {
  StoreArtisanResponse,
  StoreCatalogProductsResponse,
} from "../../commerce/src/api/store/types.ts";

export type CatalogQuery = Record<string, string | number | string[] | undefined>;

/** GET /store/catalog/products through the SDK's fetch. */
export function listCatalog(sdk: Medusa, query: CatalogQuery, locale?: string) {
  return sdk.client.fetch<StoreCatalogProductsResponse>("/store/catalog/products", {
    query: { ...query, ...(locale ? { locale } : {}) },
  });
}

/** GET /store/artisans/:handle through the SDK's fetch. */
export function retrieveArtisan(sdk: Medusa, handle: string, query: CatalogQuery, locale?: string) {
  return sdk.client.fetch<StoreArtisanResponse>(`/store/artisans/${handle}`, {
    query: { ...query, ...(locale ? { locale } : {}) },
  });
}

/**
 * Creates a published product in one size ("Vừa", stock not managed) in every sales channel, through the
 * admin API; Medusa gives it a handle from its title when none is set.
 */
export async function createOneSizeProduct(
  admin: Medusa,
  fields: { title: string; handle?: string; prices: { currency_code: string; amount: number }[] },
) {
  const { sales_channels } = await admin.admin.salesChannel.list();
  const { product } = await admin.admin.product.create({
    title: fields.title,
    ...(fields.handle ? { handle: fields.handle } : {}),
    status: "published",
    options: [{ title: "Kích thước", values: ["Vừa"] }],
    variants: [
      {
        title: "Vừa",
        options: { "Kích thước": "Vừa" },
        manage_inventory: false,
        prices: fields.prices,
      },
    ],
    sales_channels: sales_channels.map((channel) => ({ id: channel.id })),
  });
  return product;
}
