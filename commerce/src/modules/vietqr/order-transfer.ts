import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import QRCode from "qrcode";
import type { StoreVietQrTransferResponse } from "../../api/store/types";
import { readEnv } from "../../env";
import { buildVietQrPayload } from "./lib";

export const VIETQR_PROVIDER_ID = "pp_vietqr_vietqr";

export type VietQrTransfer = StoreVietQrTransferResponse["transfer"];

interface PaymentCollectionRow {
  payments?: ({ provider_id: string; captured_at?: unknown; canceled_at?: unknown } | null)[] | null;
}

/** The reference a buyer writes in the transfer: short, ASCII, unique per order ("KTC DH1024"). */
export function transferReference(displayId: number): string {
  return `KTC DH${displayId}`;
}

/**
 * The transfer instructions of an order paid by VietQR (payload, QR code as SVG and PNG, bank), or
 * null when the order does not exist or is paid another way. Bank details come from VIETQR_*.
 */
export async function retrieveOrderTransfer(
  container: MedusaContainer,
  orderId: string,
): Promise<{ transfer: VietQrTransfer; metadata: Record<string, unknown> } | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "total",
      "currency_code",
      "metadata",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId },
  });
  const order = data[0];
  const collections: PaymentCollectionRow[] = order?.payment_collections ?? [];
  const payment = collections
    .flatMap((collection) => collection?.payments ?? [])
    .find((row) => row?.provider_id === VIETQR_PROVIDER_ID);
  if (!order || !payment || order.currency_code !== "vnd") return null;

  const env = readEnv();
  const amount = Math.round(Number(order.total));
  const reference = transferReference(Number(order.display_id));
  const payload = buildVietQrPayload({
    bankBin: env.VIETQR_BANK_BIN,
    accountNumber: env.VIETQR_ACCOUNT_NUMBER,
    amountVnd: amount,
    purpose: reference,
  });
  const qrOptions = { errorCorrectionLevel: "M" as const, margin: 2 };
  const [qr_svg, qr_png_data_url] = await Promise.all([
    QRCode.toString(payload, { ...qrOptions, type: "svg" }),
    QRCode.toDataURL(payload, { ...qrOptions, width: 480 }),
  ]);
  const transfer: VietQrTransfer = {
    order_id: order.id,
    display_id: Number(order.display_id),
    reference,
    amount,
    currency_code: "vnd",
    bank_bin: env.VIETQR_BANK_BIN,
    account_number: env.VIETQR_ACCOUNT_NUMBER,
    account_name: env.VIETQR_ACCOUNT_NAME,
    payload,
    qr_svg,
    qr_png_data_url,
    status: payment.canceled_at ? "canceled" : payment.captured_at ? "received" : "awaiting_transfer",
  };
  return { transfer, metadata: order.metadata ?? {} };
}
