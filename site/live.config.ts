import { defineLiveCollection } from "astro:content";
import { artisansLoader } from "./lib/commerce/artisans-loader.ts";
import { productsLoader } from "./lib/commerce/products-loader.ts";

// Collections read live from Medusa on each request (price and stock must be fresh): pages call
// `getLiveCollection("products", filter)` / `getLiveEntry("products", { handle, regionId, locale })`.
export const collections = {
  products: defineLiveCollection({ loader: productsLoader() }),
  artisans: defineLiveCollection({ loader: artisansLoader() }),
};
