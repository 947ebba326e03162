import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import { readEnv } from "../../../../../env";
import { buildOrderTransfer, VIETQR_PROVIDER_ID } from "../../../../../modules/vietqr/order-transfer";
import type { StoreVietQrTransferResponse } from "../../../types";

interface PaymentRow {
  provider_id: string;
  captured_at?: string | Date | null;
  canceled_at?: string | Date | null;
}

/** GET /store/orders/:id/vietqr: how to pay an order by VietQR transfer (404 for other orders). */
export async function GET(
  req: MedusaRequest,
  res: MedusaResponse<StoreVietQrTransferResponse>,
): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "total",
      "currency_code",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: req.params.id },
  });
  const order = data[0];
  const payments: PaymentRow[] = (order?.payment_collections ?? []).flatMap((collection) =>
    (collection?.payments ?? []).flatMap((payment) => (payment ? [payment] : [])),
  );
  const payment = payments.find((row) => row.provider_id === VIETQR_PROVIDER_ID);
  if (!order || !payment || order.currency_code !== "vnd") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} has no VietQR transfer`);
  }
  const env = readEnv();
  const transfer = await buildOrderTransfer(
    {
      id: order.id,
      display_id: Number(order.display_id),
      total: Number(order.total),
      status: payment.canceled_at ? "canceled" : payment.captured_at ? "received" : "awaiting_transfer",
    },
    {
      bankBin: env.VIETQR_BANK_BIN,
      accountNumber: env.VIETQR_ACCOUNT_NUMBER,
      accountName: env.VIETQR_ACCOUNT_NAME,
    },
  );
  res.json({ transfer });
}
