import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { MedusaError } from "@medusajs/framework/utils";
import { retrieveOrderTransfer } from "../../../../../modules/vietqr/order-transfer";
import type { StoreVietQrTransferResponse } from "../../../types";

/** GET /store/orders/:id/vietqr: how to pay an order by VietQR transfer (404 for other orders). */
export async function GET(
  req: MedusaRequest,
  res: MedusaResponse<StoreVietQrTransferResponse>,
): Promise<void> {
  const found = await retrieveOrderTransfer(req.scope, req.params.id);
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} has no VietQR transfer`);
  }
  res.json({ transfer: found.transfer });
}
