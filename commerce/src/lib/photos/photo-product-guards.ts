import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import { assertOwnProduct } from "../artisan-products/index.ts";

/** Before the upload is read: 404 unless the product is the signed-in artisan's. */
export async function ownProductOnly(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
): Promise<void> {
  await assertOwnProduct(req.scope, req.auth_context.actor_id, req.params.id);
  next();
}

/** Before the upload is read: 404 unless the product exists. */
export async function existingProductOnly(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: req.params.id } });
  if (!data.length)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`);
  next();
}
