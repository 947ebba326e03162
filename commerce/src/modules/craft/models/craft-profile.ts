import { model } from "@medusajs/framework/utils";
import { CRAFTS, ETHNIC_GROUPS, type StoredMaterial } from "../vocabulary";

/**
 * The craft attributes of one product (links/product-craft-profile.ts, one-to-one). Columns the
 * catalogue filters on are typed columns; the materials list is JSON validated by MaterialsSchema.
 */
const CraftProfile = model
  .define("craft_profile", {
    id: model.id({ prefix: "craft" }).primaryKey(),
    craft: model.enum([...CRAFTS]).index(),
    ethnic_group: model
      .enum([...ETHNIC_GROUPS])
      .index()
      .nullable(),
    /** Handle of the village in content/villages. */
    village_handle: model.text().index(),
    /** `[{ name: { vi, en }, origin: { vi, en } }]`, see validators/craft-profile.ts. */
    materials: model.json<StoredMaterial[]>(),
    days_to_make: model.number().nullable(),
    /** Care instructions in Vietnamese; English through the Translation Module (en-US). */
    care_instructions: model.text().translatable().nullable(),
    /** OCOP rating: 3, 4 or 5 stars, or null. */
    ocop_stars: model.number().nullable(),
    /** Codes of the marks the product carries (collective marks, geographical indications). */
    marks: model.array(),
  })
  .checks([
    {
      name: "craft_profile_ocop_stars_range",
      expression: (columns) => `${columns.ocop_stars} IS NULL OR ${columns.ocop_stars} BETWEEN 3 AND 5`,
    },
    {
      name: "craft_profile_days_to_make_positive",
      expression: (columns) => `${columns.days_to_make} IS NULL OR ${columns.days_to_make} > 0`,
    },
  ]);

export default CraftProfile;
