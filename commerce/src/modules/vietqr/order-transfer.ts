import QRCode from "qrcode";
import type { StoreVietQrTransferResponse } from "../../api/store/types";
import { buildVietQrPayload } from "./lib";
import type { VietQrOptions } from "./options";

export const VIETQR_PROVIDER_ID = "pp_vietqr_vietqr";

export type VietQrTransfer = StoreVietQrTransferResponse["transfer"];

/** The reference a buyer writes in the transfer: short, ASCII, unique per order ("KTC DH1024"). */
export function transferReference(displayId: number): string {
  return `KTC DH${displayId}`;
}

/** The transfer instructions of an order paid by VietQR: payload, QR code (SVG and PNG) and bank. */
export async function buildOrderTransfer(
  order: { id: string; display_id: number; total: number; status: VietQrTransfer["status"] },
  options: VietQrOptions,
): Promise<VietQrTransfer> {
  const amount = Math.round(order.total);
  const reference = transferReference(order.display_id);
  const payload = buildVietQrPayload({
    bankBin: options.bankBin,
    accountNumber: options.accountNumber,
    amountVnd: amount,
    purpose: reference,
  });
  const qrOptions = { errorCorrectionLevel: "M" as const, margin: 2 };
  const [qr_svg, qr_png_data_url] = await Promise.all([
    QRCode.toString(payload, { ...qrOptions, type: "svg" }),
    QRCode.toDataURL(payload, { ...qrOptions, width: 480 }),
  ]);
  return {
    order_id: order.id,
    display_id: order.display_id,
    reference,
    amount,
    currency_code: "vnd",
    bank_bin: options.bankBin,
    account_number: options.accountNumber,
    account_name: options.accountName,
    payload,
    qr_svg,
    qr_png_data_url,
    status: order.status,
  };
}
