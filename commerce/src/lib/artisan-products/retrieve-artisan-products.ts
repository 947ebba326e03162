import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils";
import ProductCraftProfileLink from "../../links/product-craft-profile";
import type { Craft, StoredMaterial } from "../../modules/craft/vocabulary";
import { ENGLISH_LOCALE } from "../../workflows/steps/upsert-translations";
import { ARTISAN_PRODUCT_FIELDS, type ArtisanProductRow } from "./artisan-product-fields";
import { toArtisanProduct, type ArtisanProductExtras } from "./to-artisan-product";
import type { ArtisanProduct } from "./types";

/** Craft profiles and English texts of the given products, by product id. */
async function extrasOf(scope: MedusaContainer, ids: string[]): Promise<Map<string, ArtisanProductExtras>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const [{ data: profiles }, translations] = await Promise.all([
    query.graph({
      entity: ProductCraftProfileLink.entryPoint,
      fields: ["product_id", "craft_profile.craft", "craft_profile.materials", "craft_profile.marks"],
      filters: { product_id: ids },
    }),
    scope
      .resolve(Modules.TRANSLATION)
      .listTranslations({ reference: "product", reference_id: ids, locale_code: ENGLISH_LOCALE }),
  ]);
  const extras = new Map<string, ArtisanProductExtras>();
  for (const id of ids) {
    const profile = profiles.find((row) => row.product_id === id)?.craft_profile;
    const english = translations.find((row) => row.reference_id === id)?.translations ?? {};
    extras.set(id, {
      craft: profile
        ? {
            craft: profile.craft as Craft,
            materials: (profile.materials ?? []) as StoredMaterial[],
            marks: (profile.marks ?? []) as string[],
          }
        : null,
      english: {
        title: typeof english.title === "string" ? english.title : undefined,
        description: typeof english.description === "string" ? english.description : undefined,
      },
    });
  }
  return extras;
}

/** Product rows (Query) as the mapping reads them, in the order of `ids`. */
export async function retrieveArtisanProductRows(
  scope: MedusaContainer,
  ids: string[],
): Promise<(ArtisanProductRow & { created_at: Date | string })[]> {
  if (!ids.length) return [];
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "product",
    fields: ARTISAN_PRODUCT_FIELDS,
    filters: { id: ids },
  });
  const rows: (ArtisanProductRow & { created_at: Date | string })[] = data;
  return ids.flatMap((id) => rows.filter((row) => row.id === id));
}

/** The given products as the artisan portal shows them, in the order of `ids`; unknown ids are left out. */
export async function retrieveArtisanProducts(
  scope: MedusaContainer,
  ids: string[],
): Promise<ArtisanProduct[]> {
  const rows = await retrieveArtisanProductRows(scope, ids);
  if (!rows.length) return [];
  const extras = await extrasOf(
    scope,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toArtisanProduct(row, extras.get(row.id) ?? { craft: null, english: {} }));
}

/** One product as the artisan portal shows it; 404 when it does not exist. Check ownership first. */
export async function retrieveArtisanProduct(scope: MedusaContainer, id: string): Promise<ArtisanProduct> {
  const [product] = await retrieveArtisanProducts(scope, [id]);
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${id} was not found`);
  return product;
}
