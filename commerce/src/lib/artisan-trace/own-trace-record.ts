import type { MedusaContainer } from "@medusajs/framework/types";
import { MedusaError } from "@medusajs/framework/utils";
import { TRACE_MODULE } from "../../modules/trace";
import type TraceModuleService from "../../modules/trace/service";
import type { TraceRecordDTO } from "../../modules/trace/service";
import { listOwnProductIds } from "../artisan-products/assert-own-product";

/**
 * The trace record with that id when it traces one of the artisan's products; otherwise 404, the same as
 * for an id that does not exist: an artisan never learns that someone else's record exists.
 */
export async function retrieveOwnTraceRecord(
  scope: MedusaContainer,
  artisanId: string,
  id: string,
): Promise<TraceRecordDTO> {
  const service: TraceModuleService = scope.resolve(TRACE_MODULE);
  const [record, own] = await Promise.all([
    service.listTraceRecords({ id }).then(([found]) => found),
    listOwnProductIds(scope, artisanId),
  ]);
  if (!record || !own.includes(record.product_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Trace record ${id} was not found among your records`);
  }
  return record;
}
