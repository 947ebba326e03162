import type {
  StoreTraceRecordsResponse,
  StoreTraceRecordSummary,
  StoreTraceResponse,
} from "../../../commerce/src/api/store/trace/types.ts";
import { digitalLinkPath, type TraceKey } from "../../../commerce/src/lib/gs1/index.ts";
import type { Locale } from "../../i18n/index.ts";
import { sdk } from "./client.ts";
import { callMedusa, CommerceError } from "./errors.ts";
import { localeQuery } from "./medusa-locale.ts";

export type StoreTrace = StoreTraceResponse["trace"];

/**
 * The public story of the batch or piece a tag names (`GET /store/trace/01/:gtin/:ai/:value`), texts in
 * `locale`; null when no published record has that code (unknown, or a draft: Medusa answers both with
 * 404). Throws a CommerceError when Medusa cannot be reached.
 */
export async function retrieveTrace(key: TraceKey, locale: Locale): Promise<StoreTrace | null> {
  const path = digitalLinkPath(key);
  try {
    const { trace } = await callMedusa(`trace ${path}`, () =>
      sdk.client.fetch<StoreTraceResponse>(`/store/trace${path}`, { query: localeQuery(locale) }),
    );
    return trace;
  } catch (error) {
    if (error instanceof CommerceError && error.kind === "not-found") return null;
    throw error;
  }
}

/**
 * The product's published trace records, newest first (`GET /store/trace?product_id=`), for the product
 * page's "check origin" links. A Medusa failure is logged and gives none: the product page still renders.
 */
export async function listProductTraces(productId: string): Promise<StoreTraceRecordSummary[]> {
  try {
    const { trace_records } = await callMedusa(`trace records of ${productId}`, () =>
      sdk.client.fetch<StoreTraceRecordsResponse>("/store/trace", { query: { product_id: productId } }),
    );
    return trace_records;
  } catch (error) {
    if (!(error instanceof CommerceError)) throw error;
    console.error(`[trace] ${error.message}`);
    return [];
  }
}
