import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AdminCurationRevision,
  AdminHomeCurationResponse,
  CurationChoices,
  HomeCuration,
} from "../../modules/curation/types";
import { sdk } from "../lib/sdk";

export const curationKeys = {
  all: ["kontum", "curation"] as const,
  choices: () => [...curationKeys.all, "choices"] as const,
  home: () => [...curationKeys.all, "home"] as const,
  history: () => [...curationKeys.all, "history"] as const,
};

/** The choices a curator saves: everything but `updated_at`. */
export type HomeCurationBody = Omit<HomeCuration, "updated_at">;

/** GET /admin/curation/choices: what the storefront's content offers (503 when it is unreachable). */
export function useCurationChoices() {
  return useQuery({
    queryKey: curationKeys.choices(),
    queryFn: () => sdk.client.fetch<CurationChoices>("/admin/curation/choices"),
    retry: false,
  });
}

/** GET /admin/curation/home: the current choices. */
export function useHomeCuration() {
  return useQuery({
    queryKey: curationKeys.home(),
    queryFn: () => sdk.client.fetch<AdminHomeCurationResponse>("/admin/curation/home"),
  });
}

/** GET /admin/curation/history: the latest saves. */
export function useCurationHistory() {
  return useQuery({
    queryKey: curationKeys.history(),
    queryFn: () =>
      sdk.client.fetch<{ revisions: AdminCurationRevision[]; count: number }>("/admin/curation/history", {
        query: { limit: 10 },
      }),
  });
}

/** POST /admin/curation/home. */
export function useSaveHomeCuration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HomeCurationBody) =>
      sdk.client.fetch<AdminHomeCurationResponse>("/admin/curation/home", { method: "POST", body }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(curationKeys.home(), saved);
      await queryClient.invalidateQueries({ queryKey: curationKeys.history() });
    },
  });
}
