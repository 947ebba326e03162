import Medusa from "@medusajs/js-sdk";
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server";

/**
 * The one Medusa SDK instance of the site. Server side only (`astro:env/server` cannot be imported
 * by client code); it carries the publishable key alone and never a customer's token.
 */
export const sdk = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: MEDUSA_PUBLISHABLE_KEY,
});
