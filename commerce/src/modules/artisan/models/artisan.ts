import { model } from "@medusajs/framework/utils";
import { ARTISAN_TITLES, CRAFTS, ETHNIC_GROUPS } from "../../craft/vocabulary";

/** A maker whose products the store sells. Linked to their products (links/artisan-product.ts). */
const Artisan = model
  .define("artisan", {
    id: model.id({ prefix: "art" }).primaryKey(),
    /** URL handle, unique: "y-hlen". */
    handle: model.text().unique(),
    /** Name as the artisan writes it. */
    display_name: model.text().searchable(),
    /** Handle of the village in content/villages. */
    village_handle: model.text().index(),
    ethnic_group: model.enum([...ETHNIC_GROUPS]),
    /** Craft codes (vocabulary.ts). */
    crafts: model.array(),
    /** State title, if any. */
    title: model.enum([...ARTISAN_TITLES]).nullable(),
    /** Short bio in Vietnamese; English through Medusa's Translation Module (locale en-US). */
    bio: model.text().translatable(),
    /** URL of the portrait, if any. */
    photo_url: model.text().nullable(),
    /** `{ sample: true }` on demo data. */
    metadata: model.json().nullable(),
  })
  .checks([
    {
      name: "artisan_crafts_known",
      expression: (columns) =>
        `${columns.crafts} <@ ARRAY[${CRAFTS.map((craft) => `'${craft}'`).join(",")}]::text[]`,
    },
  ]);

export default Artisan;
