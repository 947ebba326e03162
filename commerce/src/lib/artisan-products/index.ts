/** The artisan's products: ownership, the portal's product shape, moderation records. */
export { assertOwnProduct, listOwnProductIds } from "./assert-own-product";
export { retrieveArtisanProduct, retrieveArtisanProducts } from "./retrieve-artisan-products";
export { latestModeration, moderationLog, proposedBy, rejectionReason, withModeration } from "./moderation";
export { slugify } from "./slug";
export type * from "./types";
