import type { ArtisanTitle, Craft, EthnicGroup, StoredMaterial } from "../../modules/craft/vocabulary";
import type { MarkKind, StoredLocalizedText } from "../../modules/trace/vocabulary";

/** Response types of the project's store routes; the storefront imports them. */

export interface CatalogPrice {
  /** In the region's currency, whole units: 450000 (VND) or 18 (USD). Taxes included. */
  calculated_amount: number;
  original_amount: number;
  currency_code: string;
}

export interface CatalogVariant {
  id: string;
  title: string;
  sku: string | null;
  options: { option_title: string; value: string }[];
  calculated_price: CatalogPrice | null;
  /** Units that can be ordered now through the storefront's channel; null when stock is not tracked. */
  inventory_quantity: number | null;
  in_stock: boolean;
}

export interface CatalogCraftProfile {
  craft: Craft;
  ethnic_group: EthnicGroup | null;
  village_handle: string;
  materials: StoredMaterial[];
  days_to_make: number | null;
  care_instructions: string | null;
  ocop_stars: number | null;
  /** Handles of the marks shown (in the store routes: only those of `CatalogProduct.marks`). */
  marks: string[];
}

/** A mark a product may show today: its artisan holds a current authorisation of the registry. */
export interface CatalogMark {
  handle: string;
  kind: MarkKind;
  /** `{ vi, en? }`: the storefront picks the page's language. */
  name: StoredLocalizedText;
  /** Who holds the mark (a cooperative, an association). */
  owner: string;
}

export interface ArtisanSummary {
  id: string;
  handle: string;
  display_name: string;
  village_handle: string;
  ethnic_group: EthnicGroup;
  title: ArtisanTitle | null;
}

export interface StoreArtisan extends ArtisanSummary {
  crafts: Craft[];
  /** In the requested locale (Vietnamese by default). */
  bio: string;
  photo_url: string | null;
  /** Invented for the demo (`metadata.sample`): the storefront says so. */
  sample: boolean;
}

export interface CatalogProduct {
  id: string;
  handle: string;
  /** In the requested locale (Vietnamese by default, `?locale=en-US` for English). */
  title: string;
  subtitle: string | null;
  description: string | null;
  thumbnail: string | null;
  images: { id: string; url: string }[];
  weight: number | null;
  length: number | null;
  width: number | null;
  height: number | null;
  created_at: string;
  /** Invented for the demo (`metadata.sample`): the storefront says so. */
  sample: boolean;
  craft: CatalogCraftProfile | null;
  artisan: ArtisanSummary | null;
  /**
   * The marks the product may show now: those it names whose registry authorises its artisan today
   * (checked on every request, since an authorisation can end after the badge was set).
   */
  marks: CatalogMark[];
  variants: CatalogVariant[];
}

export interface StoreCatalogProductsResponse {
  products: CatalogProduct[];
  count: number;
  offset: number;
  limit: number;
}

export interface StoreCatalogProductResponse {
  product: CatalogProduct;
}

export interface StoreArtisansResponse {
  artisans: StoreArtisan[];
  count: number;
  offset: number;
  limit: number;
}

export interface StoreArtisanResponse {
  artisan: StoreArtisan;
  products: CatalogProduct[];
}

export interface StoreVietQrTransferResponse {
  transfer: {
    order_id: string;
    display_id: number;
    /** What the buyer writes as the transfer's purpose; also inside the QR payload. */
    reference: string;
    /** Whole đồng. */
    amount: number;
    currency_code: "vnd";
    bank_bin: string;
    account_number: string;
    account_name: string;
    /** The EMVCo/NAPAS payload that the QR code encodes. */
    payload: string;
    qr_svg: string;
    qr_png_data_url: string;
    status: "awaiting_transfer" | "received" | "canceled";
  };
}
