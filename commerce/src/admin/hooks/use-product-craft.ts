import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CraftProfileInput } from "../../modules/craft/schemas";
import { sdk } from "../lib/sdk";
import type { AdminProductCraftResponse } from "../lib/types";

export const productCraftKeys = {
  all: ["kontum", "product-craft"] as const,
  detail: (productId: string) => [...productCraftKeys.all, productId] as const,
};

/** GET /admin/products/:id/craft: the craft attributes and maker of a product. */
export function useProductCraft(productId: string) {
  return useQuery({
    queryKey: productCraftKeys.detail(productId),
    queryFn: () => sdk.client.fetch<AdminProductCraftResponse>(`/admin/products/${productId}/craft`),
  });
}

/** POST /admin/products/:id/craft; the answer replaces the cached craft details. */
export function useUpdateProductCraft(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CraftProfileInput) =>
      sdk.client.fetch<AdminProductCraftResponse>(`/admin/products/${productId}/craft`, {
        method: "POST",
        body,
      }),
    onSuccess: (data) => queryClient.setQueryData(productCraftKeys.detail(productId), data),
  });
}
