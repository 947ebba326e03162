import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { AdminTraceRecordsResponse } from "../../api/admin/trace-records/types";
import type { TraceKind } from "../../modules/trace/vocabulary";
import { sdk } from "../lib/sdk";
import { materialRows, suggestTraceKey, type TraceRecordFormValues } from "../lib/trace-form";
import type { AdminArtisanDetail, AdminProductCraftResponse } from "../lib/types";
import { artisanKeys } from "./use-artisans";
import { productCraftKeys } from "./use-product-craft";
import { traceKeys } from "./use-trace-records";

/** The lots or serials the product's records already use (its GTIN's, since one GTIN is one product). */
async function takenKeys(
  fetchRecords: () => Promise<AdminTraceRecordsResponse>,
  kind: TraceKind,
): Promise<string[]> {
  const { trace_records } = await fetchRecords();
  return trace_records.flatMap((record) => (kind === "batch" ? (record.lot ?? []) : (record.serial ?? [])));
}

/**
 * What a new record of a product starts with: the product's artisan as the maker, the village, ethnic
 * group and materials of its craft profile (or the artisan's); and a lot or serial to suggest.
 */
export function useTraceDefaults() {
  const queryClient = useQueryClient();

  const suggestKey = useCallback(
    async (productId: string, kind: TraceKind) => {
      const params = { product_id: productId, limit: 200, offset: 0 };
      const taken = await takenKeys(
        () =>
          queryClient.fetchQuery({
            queryKey: traceKeys.list(params),
            queryFn: () =>
              sdk.client.fetch<AdminTraceRecordsResponse>("/admin/trace-records", { query: params }),
          }),
        kind,
      );
      return suggestTraceKey(kind, new Date().getFullYear(), taken);
    },
    [queryClient],
  );

  const productDefaults = useCallback(
    async (productId: string): Promise<Partial<TraceRecordFormValues>> => {
      const craft = await queryClient.fetchQuery({
        queryKey: productCraftKeys.detail(productId),
        queryFn: () => sdk.client.fetch<AdminProductCraftResponse>(`/admin/products/${productId}/craft`),
      });
      const artisan = craft.artisan
        ? await queryClient
            .fetchQuery({
              queryKey: artisanKeys.detail(craft.artisan.id),
              queryFn: () =>
                sdk.client.fetch<{ artisan: AdminArtisanDetail }>(`/admin/artisans/${craft.artisan?.id}`),
            })
            .then((data) => data.artisan)
        : null;
      const profile = craft.craft_profile;
      return {
        makers: artisan ? [artisan] : [],
        village_handle: profile?.village_handle ?? artisan?.village_handle ?? "",
        ethnic_group: profile?.ethnic_group ?? artisan?.ethnic_group ?? "",
        materials: materialRows(profile?.materials ?? []),
      };
    },
    [queryClient],
  );

  return { productDefaults, suggestKey };
}
