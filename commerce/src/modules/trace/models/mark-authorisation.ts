import { model } from "@medusajs/framework/utils";
import Mark from "./mark";

/** An artisan's right to use a mark for a period (valid_to inclusive; null: until further notice). */
const MarkAuthorisation = model
  .define("mark_authorisation", {
    id: model.id({ prefix: "mkauth" }).primaryKey(),
    mark: model.belongsTo(() => Mark, { mappedBy: "authorisations" }),
    /** The authorised member (art_…). */
    artisan_id: model.text().index(),
    /** First day, "2026-01-01" (Vietnam time). */
    valid_from: model.text(),
    /** Last day, or null. */
    valid_to: model.text().nullable(),
  })
  .checks([
    {
      name: "mark_authorisation_period",
      expression: (columns) => `${columns.valid_to} IS NULL OR ${columns.valid_to} >= ${columns.valid_from}`,
    },
  ]);

export default MarkAuthorisation;
