import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http";
import { MedusaError } from "@medusajs/framework/utils";
import { Gs1Error, traceKeyFromParts } from "../../../../../../../lib/gs1";
import { retrieveStoreTrace } from "../../../../retrieve-store-trace";
import type { StoreTraceResponse } from "../../../../types";

/**
 * GET /store/trace/01/:gtin/10/:lot and /store/trace/01/:gtin/21/:serial: the public story of a published
 * batch or piece (the storefront's trace page passes the tag's Digital Link path through). A malformed code,
 * an unknown one and a draft are all 404, with a message saying which.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<StoreTraceResponse>): Promise<void> {
  const { gtin, ai, value } = req.params;
  let key;
  try {
    key = traceKeyFromParts(gtin, ai, value);
  } catch (error) {
    if (error instanceof Gs1Error) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No trace record: the code is malformed (${error.message})`,
      );
    }
    throw error;
  }
  const trace = await retrieveStoreTrace(req.scope, key, req.locale);
  if (!trace) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No published trace record has the code /01/${gtin}/${ai}/${value}`,
    );
  }
  res.setHeader("Cache-Control", "public, max-age=60, stale-while-revalidate=600");
  res.json({ trace });
}
