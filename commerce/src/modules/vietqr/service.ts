import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils";
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types";
import { randomUUID } from "node:crypto";
import type { VietQrOptions, VietQrPaymentData } from "./options";

/**
 * Bank transfer by VietQR. Placing the order authorises the payment ("awaiting transfer"); the buyer
 * scans the order's QR code (GET /store/orders/:id/vietqr) and transfers the amount; an admin who sees
 * the money arrive marks it received with "Capture payment" on the order in the Medusa admin.
 */
class VietQrPaymentProviderService extends AbstractPaymentProvider<VietQrOptions> {
  static identifier = "vietqr";

  // Public, so that ModuleProvider can construct it (the base class's constructor is protected).
  constructor(cradle: Record<string, unknown>, options: VietQrOptions) {
    super(cradle, options);
  }

  static validateOptions(options: Record<string, unknown>): void {
    for (const key of ["bankBin", "accountNumber", "accountName"]) {
      if (typeof options[key] !== "string" || !options[key]) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `VietQR provider option "${key}" is missing`);
      }
    }
  }

  async initiatePayment({ currency_code }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (currency_code.toLowerCase() !== "vnd") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "VietQR bank transfers are in Vietnamese đồng (VND) only; choose another payment method.",
      );
    }
    const data: VietQrPaymentData = { status: "awaiting_transfer" };
    return { id: `vietqr_${randomUUID()}`, data, status: PaymentSessionStatus.PENDING };
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data: { ...data, status: "awaiting_transfer" }, status: PaymentSessionStatus.AUTHORIZED };
  }

  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...data, status: "received", received_at: new Date().toISOString() } };
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...data, status: "canceled" } };
  }

  async refundPayment({ data }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: { ...data, status: "refunded" } };
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data };
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const status = data?.status;
    if (status === "received") return { status: PaymentSessionStatus.CAPTURED, data };
    if (status === "canceled") return { status: PaymentSessionStatus.CANCELED, data };
    return { status: PaymentSessionStatus.AUTHORIZED, data };
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data };
  }

  async updatePayment({ data, currency_code }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    if (currency_code && currency_code.toLowerCase() !== "vnd") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "VietQR bank transfers are in VND only.");
    }
    return { data };
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED };
  }
}

export default VietQrPaymentProviderService;
