import type { AstroCookies } from "astro";
import { getCollection } from "astro:content";
import type { HttpTypes } from "@medusajs/types";
import type { StoreVietQrTransferResponse } from "../../../commerce/src/api/store/types.ts";
import type { Locale } from "../../i18n/index.ts";
import { CART_COOKIE } from "../../lib/commerce/cart/cart-cookie.ts";
import { listLineDetails } from "../../lib/commerce/cart/line-details.ts";
import { sdk } from "../../lib/commerce/client.ts";
import { callMedusa, CommerceError } from "../../lib/commerce/errors.ts";
import { handleOf } from "../../schemas/localized-reference.ts";

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "total",
  "item_total",
  "shipping_total",
  "cart.id",
  "*items",
  "*shipping_address",
  "*shipping_methods",
].join(",");

type VietQrTransfer = StoreVietQrTransferResponse["transfer"];

/** Where the order is received: a village (with its place and how to get there), the centre, or an address. */
export type Receiving =
  | { kind: "pickup-village"; name: string; place: string; howToVisit: string }
  | { kind: "pickup-centre" }
  | { kind: "delivery"; name: string; address: HttpTypes.StoreOrderAddress | null };

export interface OrderPageData {
  order: HttpTypes.StoreOrder;
  /** Item titles in the page's language, by variant id. */
  titles: Record<string, string>;
  receiving: Receiving;
  paidBy: "cod" | "vietqr";
  transfer: VietQrTransfer | null;
}

/** Shipping method names are Medusa's (Vietnamese): "Nhận tại Làng Kon K'Tu", "Nhận tại Trung tâm …". */
async function receivingOf(order: HttpTypes.StoreOrder, locale: Locale): Promise<Receiving> {
  const method = order.shipping_methods?.[0];
  const name = method?.name ?? "";
  if (/^Nhận tại Trung tâm/.test(name)) return { kind: "pickup-centre" };
  const villages = await getCollection("villages");
  const vi = villages.find((entry) => entry.data.locale === "vi" && name === `Nhận tại ${entry.data.name}`);
  const local = vi && villages.find((entry) => entry.id === `${locale}/${handleOf(vi.id)}`);
  if (local) {
    const { place } = local.data;
    return {
      kind: "pickup-village",
      name: local.data.name,
      place: [place.village, place.commune, place.province].filter(Boolean).join(", "),
      howToVisit: local.data.howToVisit,
    };
  }
  return { kind: "delivery", name, address: order.shipping_address ?? null };
}

/**
 * How to pay a VietQR order, or null for other orders: the store API does not show an order's payment
 * provider, and the transfer route answers 404 for orders not paid by VietQR (only đồng orders can be).
 */
async function retrieveTransfer(order: HttpTypes.StoreOrder): Promise<VietQrTransfer | null> {
  if (order.currency_code !== "vnd") return null;
  try {
    const { transfer } = await callMedusa("retrieve VietQR transfer", () =>
      sdk.client.fetch<StoreVietQrTransferResponse>(`/store/orders/${order.id}/vietqr`),
    );
    return transfer;
  } catch (error) {
    if (error instanceof CommerceError && error.kind === "not-found") return null;
    throw error;
  }
}

/**
 * The placed order `id` with what the confirmation shows, or undefined when Medusa has no such order.
 * The cart cookie is cleared when it still names this order's cart.
 */
export async function loadOrder(
  id: string,
  locale: Locale,
  cookies: AstroCookies,
): Promise<OrderPageData | undefined> {
  if (!/^order_[0-9A-Za-z]{10,40}$/.test(id)) return undefined;
  let order: HttpTypes.StoreOrder;
  try {
    ({ order } = await callMedusa("retrieve order", () =>
      sdk.store.order.retrieve(id, { fields: ORDER_FIELDS }),
    ));
  } catch (error) {
    if (error instanceof CommerceError && error.kind === "not-found") return undefined;
    throw error;
  }
  const cartId = (order as HttpTypes.StoreOrder & { cart?: { id?: string } }).cart?.id;
  if (cartId && cookies.get(CART_COOKIE)?.value === cartId) cookies.delete(CART_COOKIE, { path: "/" });

  const [details, receiving, transfer] = await Promise.all([
    listLineDetails(order.items ?? [], locale),
    receivingOf(order, locale),
    retrieveTransfer(order),
  ]);
  const titles: Record<string, string> = {};
  for (const [variantId, detail] of Object.entries(details)) titles[variantId] = detail.title;
  return { order, titles, receiving, paidBy: transfer ? "vietqr" : "cod", transfer };
}
