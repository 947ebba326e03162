import { model } from "@medusajs/framework/utils";

/**
 * An invitation for an artisan to open a portal account. Only the sha256 of the token is kept; the
 * token itself travels once, in the link. An invite is open while it is neither accepted, revoked
 * nor expired.
 */
const ArtisanInvite = model.define("artisan_invite", {
  id: model.id({ prefix: "ainv" }).primaryKey(),
  /** The artisan (module `artisan`) the account will act for. */
  artisan_id: model.text().index(),
  /** Where the invite was sent; the account's sign-in email. */
  email: model.text(),
  /** Hex sha256 of the token. */
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  /** Set when a newer invite replaced this one. */
  revoked_at: model.dateTime().nullable(),
});

export default ArtisanInvite;
