import { defineLink } from "@medusajs/framework/utils";
import ProductModule from "@medusajs/medusa/product";
import CraftModule from "../modules/craft";

/** A product's craft attributes; deleting the product deletes them. */
export default defineLink(ProductModule.linkable.product, {
  linkable: CraftModule.linkable.craftProfile,
  deleteCascade: true,
});
