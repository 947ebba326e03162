import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework";
import { Modules } from "@medusajs/framework/utils";
import { retrieveOrderTransfer } from "../modules/vietqr/order-transfer";

/**
 * Records the VietQR transfer (reference, amount, payload) on an order paid that way, so that the
 * admin sees what to look for on the bank statement.
 */
export default async function orderPlacedVietQr({ event, container }: SubscriberArgs<{ id: string }>) {
  const found = await retrieveOrderTransfer(container, event.data.id);
  if (!found) return;
  const { transfer, metadata } = found;
  await container.resolve(Modules.ORDER).updateOrders(transfer.order_id, {
    metadata: {
      ...metadata,
      vietqr: { reference: transfer.reference, amount: transfer.amount, payload: transfer.payload },
    },
  });
}

export const config: SubscriberConfig = { event: "order.placed" };
