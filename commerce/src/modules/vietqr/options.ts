/** Options of the VietQR payment provider (medusa-config.ts, from VIETQR_* variables). */
export interface VietQrOptions {
  /** NAPAS BIN of the receiving bank, 6 digits. */
  bankBin: string;
  /** Receiving account number. */
  accountNumber: string;
  /** Account holder, shown beside the QR code. */
  accountName: string;
}

/** What a VietQR payment session and payment keep in their `data`. */
export interface VietQrPaymentData extends Record<string, unknown> {
  status: "awaiting_transfer" | "received" | "canceled" | "refunded";
  received_at?: string;
}
