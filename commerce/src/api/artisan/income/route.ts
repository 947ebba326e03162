import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { MedusaError } from "@medusajs/framework/utils";
import { artisanIdOf } from "../../../lib/artisan-products/actor";
import { artisanIncome } from "../../../lib/artisan-products/artisan-income";
import { vietnamPeriod } from "../../../lib/artisan-products/income-period";
import type { ArtisanIncome } from "../../../lib/artisan-products/types";
import type { ArtisanIncomeParamsType } from "./validators";

/** GET /artisan/income?from&to: what the artisan's products brought in, days in Vietnam, both included. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ArtisanIncomeParamsType>,
  res: MedusaResponse<ArtisanIncome>,
): Promise<void> {
  const { from, to } = req.validatedQuery;
  const period = vietnamPeriod(from, to);
  if (!period) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid period", "invalid_period");
  res.json(await artisanIncome(req.scope, artisanIdOf(req), { from, to, ...period }));
}
