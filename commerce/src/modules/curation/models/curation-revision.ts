import { model } from "@medusajs/framework/utils";

/**
 * One save of a curated page by the tourism office. Revisions are only ever added: the newest one of a
 * page is what the site shows, the older ones are its history (who chose what, and when).
 */
const CurationRevision = model.define("curation_revision", {
  id: model.id({ prefix: "curev" }).primaryKey(),
  /** The curated page: "home". */
  page: model.text().index(),
  /** Handles of content/villages, in the order they are shown. */
  featured_villages: model.array(),
  /** Handle of the festival in content/festivals highlighted for the season; null: the next one by date. */
  seasonal_festival: model.text().nullable(),
  /** Handles of content/itineraries, in the order they are shown. */
  itineraries: model.array(),
  /** Id of the admin user who saved it (null when saved by a script). */
  created_by: model.text().nullable(),
});

export default CurationRevision;
