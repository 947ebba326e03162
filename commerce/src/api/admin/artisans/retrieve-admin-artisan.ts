import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils";
import { ENGLISH_LOCALE } from "../../../workflows/steps/upsert-translations";
import { ADMIN_ARTISAN_FIELDS } from "./admin-artisan-fields";

export interface AdminArtisan extends Record<string, unknown> {
  id: string;
  /** The bio in Vietnamese (`vi`) and English (`en`, empty when not translated). */
  bio: { vi: string; en: string };
  product_count: number;
}

/** An artisan for the admin: both languages of the bio, and how many products they have. */
export async function retrieveAdminArtisan(scope: MedusaContainer, id: string): Promise<AdminArtisan> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "artisan",
    fields: [...ADMIN_ARTISAN_FIELDS, "products.id"],
    filters: { id },
  });
  const artisan = data[0];
  if (!artisan) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artisan ${id} does not exist`);
  const translations = await scope
    .resolve(Modules.TRANSLATION)
    .listTranslations({ reference_id: id, locale_code: ENGLISH_LOCALE });
  const { products, bio, ...rest } = artisan;
  const english = translations[0]?.translations?.bio;
  return {
    ...rest,
    bio: { vi: bio, en: typeof english === "string" ? english : "" },
    product_count: (products ?? []).length,
  };
}
