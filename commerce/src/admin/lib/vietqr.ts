/** What the order-placed subscriber stores in `order.metadata.vietqr` (src/subscribers/order-placed-vietqr.ts). */
export interface VietQrMetadata {
  reference: string;
  amount: number;
  payload: string;
}

/** The VietQR transfer recorded on an order, or null when the order was not paid by VietQR. */
export function readVietQr(metadata: Record<string, unknown> | null | undefined): VietQrMetadata | null {
  const value = metadata?.vietqr;
  if (!value || typeof value !== "object") return null;
  const { reference, amount, payload } = value as Record<string, unknown>;
  if (typeof reference !== "string" || typeof payload !== "string") return null;
  const number = typeof amount === "number" ? amount : Number(amount);
  if (!Number.isFinite(number)) return null;
  return { reference, amount: number, payload };
}

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" });

/** 450000 → "450.000 ₫". */
export function formatVnd(amount: number): string {
  return vnd.format(amount);
}

/** The VietQR payment provider (src/modules/vietqr/order-transfer.ts). */
const VIETQR_PROVIDER_ID = "pp_vietqr_vietqr";

interface OrderPayments {
  payment_collections?:
    { payments?: { provider_id: string; captured_at?: string | Date | null }[] | null }[] | null;
}

/**
 * Whether the transfer was recorded: the VietQR payment was captured. (The order page's query has the
 * payment collections and payments, but not `payment_status`.)
 */
export function transferReceived(order: OrderPayments): boolean {
  return (order.payment_collections ?? []).some((collection) =>
    (collection.payments ?? []).some(
      (payment) => payment.provider_id === VIETQR_PROVIDER_ID && !!payment.captured_at,
    ),
  );
}
