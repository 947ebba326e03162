import { defineLink } from "@medusajs/framework/utils";
import ProductModule from "@medusajs/medusa/product";
import ArtisanModule from "../modules/artisan";

/** Each product has one maker; an artisan has many products. */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  ArtisanModule.linkable.artisan,
);
