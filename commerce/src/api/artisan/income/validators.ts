import { z } from "@medusajs/framework/zod";
import { INPUT_ERROR_CODES, withCode } from "../../../lib/artisan-products/input-errors";
import { MAX_PERIOD_DAYS, vietnamPeriod } from "../../../lib/artisan-products/income-period";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");

/** Query of GET /artisan/income: a period of whole days in Vietnam, both ends included, at most 366 days. */
export const ArtisanIncomeParams = z
  .object({ from: day, to: day })
  .strict()
  .refine((query) => vietnamPeriod(query.from, query.to) !== null, {
    message: "from and to must be real dates, with to on or after from",
    ...withCode(INPUT_ERROR_CODES.invalidPeriod),
  })
  .refine((query) => (vietnamPeriod(query.from, query.to)?.days ?? 0) <= MAX_PERIOD_DAYS, {
    message: `the period must be at most ${MAX_PERIOD_DAYS} days`,
    ...withCode(INPUT_ERROR_CODES.invalidPeriod),
  });
export type ArtisanIncomeParamsType = z.infer<typeof ArtisanIncomeParams>;
