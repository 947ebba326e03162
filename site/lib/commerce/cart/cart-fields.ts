/**
 * Fields of a cart that the cart and checkout pages read (Medusa's `fields` query): lines, totals,
 * region and the buyer's details. One list for the server and the browser.
 */
export const CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "region_id",
  "completed_at",
  "region.id",
  "region.currency_code",
  "subtotal",
  "item_subtotal",
  "shipping_total",
  "total",
  "*items",
  "*shipping_address",
  "*shipping_methods",
].join(",");
