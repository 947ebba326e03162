import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework";
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils";
import { readEnv } from "../env";
import { buildOrderTransfer, VIETQR_PROVIDER_ID } from "../modules/vietqr/order-transfer";

/**
 * Records the VietQR transfer (reference, amount, payload) on an order paid that way, so that the
 * admin sees what to look for on the bank statement.
 */
export default async function orderPlacedVietQr({ event, container }: SubscriberArgs<{ id: string }>) {
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
    ],
    filters: { id: event.data.id },
  });
  const order = data[0];
  const paidByVietQr = (order?.payment_collections ?? []).some((collection) =>
    (collection?.payments ?? []).some((payment) => payment?.provider_id === VIETQR_PROVIDER_ID),
  );
  if (!order || !paidByVietQr || order.currency_code !== "vnd") return;
  const env = readEnv();
  const transfer = await buildOrderTransfer(
    {
      id: order.id,
      display_id: Number(order.display_id),
      total: Number(order.total),
      status: "awaiting_transfer",
    },
    {
      bankBin: env.VIETQR_BANK_BIN,
      accountNumber: env.VIETQR_ACCOUNT_NUMBER,
      accountName: env.VIETQR_ACCOUNT_NAME,
    },
  );
  const orders = container.resolve(Modules.ORDER);
  await orders.updateOrders(order.id, {
    metadata: {
      ...(order.metadata ?? {}),
      vietqr: { reference: transfer.reference, amount: transfer.amount, payload: transfer.payload },
    },
  });
}

export const config: SubscriberConfig = { event: "order.placed" };
