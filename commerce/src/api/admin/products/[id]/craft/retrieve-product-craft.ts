import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils";
import ArtisanProductLink from "../../../../../links/artisan-product";
import ProductCraftProfileLink from "../../../../../links/product-craft-profile";
import { ENGLISH_LOCALE } from "../../../../../workflows/steps/upsert-translations";

/** The craft profile of a product with the care text in both languages, and its artisan. */
export async function retrieveProductCraft(scope: MedusaContainer, productId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { id: productId },
  });
  if (!products.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} does not exist`);
  }
  const [{ data: profiles }, { data: artisans }] = await Promise.all([
    query.graph({
      entity: ProductCraftProfileLink.entryPoint,
      fields: ["craft_profile.*"],
      filters: { product_id: productId },
    }),
    query.graph({
      entity: ArtisanProductLink.entryPoint,
      fields: ["artisan.id", "artisan.handle", "artisan.display_name", "artisan.village_handle"],
      filters: { product_id: productId },
    }),
  ]);
  const profile = profiles[0]?.craft_profile ?? null;
  let careEn = "";
  if (profile) {
    const [translation] = await scope
      .resolve(Modules.TRANSLATION)
      .listTranslations({ reference_id: profile.id, locale_code: ENGLISH_LOCALE });
    const text = translation?.translations?.care_instructions;
    careEn = typeof text === "string" ? text : "";
  }
  return {
    craft_profile: profile && {
      ...profile,
      care_instructions: profile.care_instructions ? { vi: profile.care_instructions, en: careEn } : null,
    },
    artisan: artisans[0]?.artisan ?? null,
  };
}
