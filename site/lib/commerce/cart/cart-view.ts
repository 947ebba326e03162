import type { HttpTypes } from "@medusajs/types";

/** What the page knows of a line's product beyond the cart: its name in the page's language, stock. */
export interface LineDetails {
  title: string;
  handle: string;
  /** Only when the product comes in several variants ("Size M"). */
  variantTitle: string | null;
  /** Units that can be ordered now; null when stock is not tracked. */
  available: number | null;
}

export interface CartLineView {
  id: string;
  variantId: string;
  title: string;
  handle: string | null;
  variantTitle: string | null;
  thumbnail: string | null;
  quantity: number;
  /** In the cart's currency, whole units (đồng, dollars), taxes included. */
  unitPrice: number;
  total: number;
  /** The most that can be ordered (stock); null when there is no limit but the form's. */
  maxQuantity: number | null;
}

/** A cart as the cart page and the checkout summary show it: plain data, safe to pass to an island. */
export interface CartView {
  id: string;
  currencyCode: string;
  lines: CartLineView[];
  /** Items only, taxes included. */
  itemTotal: number;
  shippingTotal: number;
  total: number;
}

/** The most of one line a buyer may put in the cart at once, stock permitting. */
export const MAX_LINE_QUANTITY = 99;

export function toCartView(
  cart: HttpTypes.StoreCart,
  details: Record<string, LineDetails | undefined>,
): CartView {
  const lines = [...(cart.items ?? [])]
    .sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
    .map((item): CartLineView => {
      const detail = item.variant_id ? details[item.variant_id] : undefined;
      return {
        id: item.id,
        variantId: item.variant_id ?? "",
        title: detail?.title ?? item.product_title ?? item.title,
        handle: detail?.handle ?? item.product_handle ?? null,
        variantTitle: detail ? detail.variantTitle : null,
        thumbnail: item.thumbnail ?? null,
        quantity: item.quantity,
        unitPrice: item.unit_price,
        total: item.total ?? item.unit_price * item.quantity,
        maxQuantity: detail?.available ?? null,
      };
    });
  return {
    id: cart.id,
    currencyCode: cart.currency_code,
    lines,
    itemTotal: cart.item_total ?? lines.reduce((sum, line) => sum + line.total, 0),
    shippingTotal: cart.shipping_total ?? 0,
    total: cart.total ?? 0,
  };
}

/** The same cart after a change in the browser, keeping what the server knew of each product. */
export function refreshCartView(previous: CartView, cart: HttpTypes.StoreCart): CartView {
  const details: Record<string, LineDetails> = {};
  for (const line of previous.lines) {
    details[line.variantId] = {
      title: line.title,
      handle: line.handle ?? "",
      variantTitle: line.variantTitle,
      available: line.maxQuantity,
    };
  }
  return toCartView(cart, details);
}
