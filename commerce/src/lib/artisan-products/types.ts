import type { Craft, StoredMaterial } from "../../modules/craft/vocabulary";

/**
 * Response types of the artisan portal's product, order and income routes (`/artisan/*`); the portal
 * imports them. Amounts are whole đồng.
 */

/** Where a product is in moderation; Medusa's own product statuses. */
export type ArtisanProductStatus = "proposed" | "published" | "rejected" | "draft";

export interface ArtisanProduct {
  id: string;
  handle: string;
  status: ArtisanProductStatus;
  /** The curator's reason when the product is `rejected`; null otherwise. */
  rejection_reason: string | null;
  title: { vi: string; en: string };
  description: { vi: string; en: string };
  craft: Craft | null;
  materials: StoredMaterial[];
  /** Handles of the registry marks the product names (GET /artisan/marks says which the artisan may use). */
  marks: string[];
  price_vnd: number;
  stock: number;
  dimensions: {
    length_cm: number | null;
    width_cm: number | null;
    height_cm: number | null;
    weight_g: number | null;
  };
  /** In the order they are shown; `url` is the size the storefront serves. */
  photos: { id: string; url: string }[];
  thumbnail: string | null;
  updated_at: string;
}

export interface ArtisanProductResponse {
  product: ArtisanProduct;
}

export interface ArtisanProductsResponse {
  products: ArtisanProduct[];
  count: number;
}

export interface ArtisanOrderItem {
  title: string;
  quantity: number;
  unit_price: number;
  total: number;
  thumbnail: string | null;
}

export interface ArtisanOrder {
  id: string;
  display_id: number;
  created_at: string;
  status: string;
  payment_status: string;
  fulfillment_status: string;
  delivery: "pickup" | "shipping";
  /** What the artisan needs to hand the order over: the buyer's first name and city, nothing more. */
  buyer: { first_name: string | null; city: string | null };
  /** Only this artisan's line items. */
  items: ArtisanOrderItem[];
  /** Sum of `items[].total`. */
  artisan_total: number;
  currency_code: string;
}

export interface ArtisanOrdersResponse {
  orders: ArtisanOrder[];
  count: number;
}

export interface ArtisanIncome {
  /** YYYY-MM-DD, inclusive, days in Asia/Ho_Chi_Minh. */
  from: string;
  to: string;
  currency_code: "vnd";
  total: number;
  /** Orders (not canceled) with at least one of the artisan's items. */
  orders: number;
  /** Units sold. */
  items: number;
  by_product: { product_id: string; title: string; quantity: number; total: number }[];
}

/** Admin moderation queue: a product with its maker. */
export interface ModerationProduct extends ArtisanProduct {
  artisan: { id: string; display_name: string } | null;
  /** The latest decision or proposal, for the queue and the product widget. */
  moderation: ModerationRecord | null;
}

export interface ModerationProductsResponse {
  products: ModerationProduct[];
  count: number;
}

/** One moderation event, kept in the product's metadata for a later audit. */
export interface ModerationRecord {
  decision: "proposed" | "published" | "rejected";
  /** Rejection reason; null for other decisions. */
  reason: string | null;
  /** Who: an admin user id (`user_…`) or an artisan id (`art_…`). */
  by: string;
  actor_type: "user" | "artisan";
  /** ISO date-time. */
  at: string;
}
