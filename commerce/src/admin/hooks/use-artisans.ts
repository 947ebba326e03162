import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ArtisanBody } from "../lib/artisan-form";
import { sdk } from "../lib/sdk";
import type { AdminArtisanDetail, AdminArtisanListParams, AdminArtisanListResponse } from "../lib/types";
import { productCraftKeys } from "./use-product-craft";

export const artisanKeys = {
  all: ["kontum", "artisans"] as const,
  lists: () => [...artisanKeys.all, "list"] as const,
  list: (params: AdminArtisanListParams) => [...artisanKeys.lists(), params] as const,
  detail: (id: string) => [...artisanKeys.all, "detail", id] as const,
};

/** GET /admin/artisans; empty filters are left out of the query string. */
export function useArtisans(params: AdminArtisanListParams, options: { enabled?: boolean } = {}) {
  const query = Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== "" && value != null),
  );
  return useQuery({
    queryKey: artisanKeys.list(params),
    queryFn: () => sdk.client.fetch<AdminArtisanListResponse>("/admin/artisans", { query }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useArtisan(id: string) {
  return useQuery({
    queryKey: artisanKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ artisan: AdminArtisanDetail }>(`/admin/artisans/${id}`),
    select: (data) => data.artisan,
  });
}

export function useCreateArtisan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ArtisanBody) =>
      sdk.client.fetch<{ artisan: AdminArtisanDetail }>("/admin/artisans", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: artisanKeys.all }),
  });
}

export function useUpdateArtisan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<ArtisanBody>) =>
      sdk.client.fetch<{ artisan: AdminArtisanDetail }>(`/admin/artisans/${id}`, { method: "POST", body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: artisanKeys.all });
      await queryClient.invalidateQueries({ queryKey: productCraftKeys.all });
    },
  });
}

export function useDeleteArtisan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/artisans/${id}`, { method: "DELETE" }),
    // The page of the deleted artisan is left (not refetched) by the caller.
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: artisanKeys.lists() });
      await queryClient.invalidateQueries({ queryKey: productCraftKeys.all });
    },
  });
}
