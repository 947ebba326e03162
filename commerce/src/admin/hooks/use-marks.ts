import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type {
  AdminMarkAuthorisationResponse,
  AdminMarkResponse,
  AdminMarksResponse,
} from "../../api/admin/marks/types";
import { markRefusals } from "../../modules/trace/marks/mark-refusals";
import type { MarkAuthorisationInput, MarkInput } from "../../modules/trace/schemas";
import { sdk } from "../lib/sdk";
import { useMarkText } from "./use-mark-text";

export const markKeys = {
  all: ["kontum", "marks"] as const,
  list: () => [...markKeys.all, "list"] as const,
  detail: (id: string) => [...markKeys.all, "detail", id] as const,
};

const fetchMarks = () => sdk.client.fetch<AdminMarksResponse>("/admin/marks");

/** GET /admin/marks: the whole registry (tens of marks at most), with authorisations and statuses. */
export function useMarks() {
  return useQuery({ queryKey: markKeys.list(), queryFn: fetchMarks, select: (data) => data.marks });
}

/**
 * Why the registry, read afresh, refuses these marks for this artisan today: the reason of each
 * refused mark as a sentence, keyed `marks.<handle>` (the craft form's error keys). Used after the
 * server refused a save (400 mark_not_allowed), to say which mark and why.
 */
export function useExplainMarkRefusals() {
  const queryClient = useQueryClient();
  const { refusalText } = useMarkText();
  return useCallback(
    async (marks: string[], artisan: { id: string; display_name: string } | null) => {
      const { marks: registry } = await queryClient.fetchQuery({
        queryKey: markKeys.list(),
        queryFn: fetchMarks,
        staleTime: 0,
      });
      const errors: Record<string, string> = {};
      for (const refusal of markRefusals(marks, registry, artisan?.id ?? null, new Date())) {
        errors[`marks.${refusal.handle}`] = refusalText(refusal, {
          mark: registry.find((mark) => mark.handle === refusal.handle),
          handle: refusal.handle,
          artisan: artisan?.display_name ?? "",
        });
      }
      return errors;
    },
    [queryClient, refusalText],
  );
}

/** GET /admin/marks/:id */
export function useMark(id: string) {
  return useQuery({
    queryKey: markKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminMarkResponse>(`/admin/marks/${id}`),
    select: (data) => data.mark,
  });
}

export function useCreateMark() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkInput) =>
      sdk.client.fetch<AdminMarkResponse>("/admin/marks", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: markKeys.all }),
  });
}

/** POST /admin/marks/:id/authorisations */
export function useAuthoriseMember(markId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkAuthorisationInput) =>
      sdk.client.fetch<AdminMarkAuthorisationResponse>(`/admin/marks/${markId}/authorisations`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: markKeys.all }),
  });
}

/** POST /admin/marks/:id/authorisations/:authorisation_id `{ valid_to }`: ends it early. */
export function useEndAuthorisation(markId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, valid_to }: { id: string; valid_to: string }) =>
      sdk.client.fetch<AdminMarkAuthorisationResponse>(`/admin/marks/${markId}/authorisations/${id}`, {
        method: "POST",
        body: { valid_to },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: markKeys.all }),
  });
}
