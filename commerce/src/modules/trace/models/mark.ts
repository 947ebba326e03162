import { model } from "@medusajs/framework/utils";
import { MARK_KINDS, type StoredLocalizedText } from "../vocabulary";
import MarkAuthorisation from "./mark-authorisation";

/**
 * A collective mark, certification mark or geographical indication in the registry. Products name the
 * marks they carry by handle (craft profile `marks`); a product may show one only while its artisan is
 * authorised (marks/mark-use.ts).
 */
const Mark = model
  .define("mark", {
    id: model.id({ prefix: "mark" }).primaryKey(),
    /** Code the craft profiles use, unique: "tho-cam-mau". */
    handle: model.text().unique(),
    kind: model.enum([...MARK_KINDS]),
    /** `{ vi, en }`. */
    name: model.json<StoredLocalizedText>(),
    /** Who holds the mark, e.g. a cooperative or an association, as registered. */
    owner: model.text(),
    /** Number of the certificate of registration; null while pending or for sample data. */
    registration_number: model.text().nullable(),
    /** `{ sample: true }` on demo data. */
    metadata: model.json().nullable(),
    authorisations: model.hasMany(() => MarkAuthorisation, { mappedBy: "mark" }),
  })
  // A mark's authorisations go with it (the foreign key's `on delete cascade`, as the migration creates it).
  .cascades({ delete: ["authorisations"] });

export default Mark;
