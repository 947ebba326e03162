import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ModerationProduct, ModerationProductsResponse } from "../../lib/artisan-products/types";
import { sdk } from "../lib/sdk";

export const moderationKeys = {
  all: ["kontum", "moderation"] as const,
  queue: (query: { limit: number; offset: number }) => [...moderationKeys.all, "queue", query] as const,
};

/** GET /admin/moderation/products?status=proposed: the listings waiting for review. */
export function useModerationQueue(query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: moderationKeys.queue(query),
    queryFn: () =>
      sdk.client.fetch<ModerationProductsResponse>("/admin/moderation/products", {
        query: { status: "proposed", ...query },
      }),
    placeholderData: keepPreviousData,
  });
}

export type ModerationDecision = { action: "approve" } | { action: "reject"; reason: string };

/**
 * POST /admin/moderation/products/:id/approve or /reject. Afterwards the queue and the dashboard's own
 * product queries (status on the product page and list) are fetched again.
 */
export function useModerate(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: ModerationDecision) =>
      sdk.client.fetch<{ product: ModerationProduct }>(
        `/admin/moderation/products/${productId}/${decision.action}`,
        { method: "POST", body: decision.action === "reject" ? { reason: decision.reason } : {} },
      ),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: moderationKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["products"] }),
      ]);
    },
  });
}
