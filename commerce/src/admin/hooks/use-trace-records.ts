import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AdminTraceRecordResponse,
  AdminTraceRecordsResponse,
} from "../../api/admin/trace-records/types";
import type { TraceEventInput, TraceRecordInput, TraceRecordUpdate } from "../../modules/trace/schemas";
import { sdk } from "../lib/sdk";

export interface TraceRecordListParams {
  product_id?: string;
  limit: number;
  offset: number;
}

export const traceKeys = {
  all: ["kontum", "trace-records"] as const,
  lists: () => [...traceKeys.all, "list"] as const,
  list: (params: TraceRecordListParams) => [...traceKeys.lists(), params] as const,
  detail: (id: string) => [...traceKeys.all, "detail", id] as const,
};

/** GET /admin/trace-records: newest first, optionally of one product. */
export function useTraceRecords(params: TraceRecordListParams, options: { enabled?: boolean } = {}) {
  const query = Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== "" && value != null),
  );
  return useQuery({
    queryKey: traceKeys.list(params),
    queryFn: () => sdk.client.fetch<AdminTraceRecordsResponse>("/admin/trace-records", { query }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** GET /admin/trace-records/:id: the record with its events, makers and verification. */
export function useTraceRecord(id: string) {
  return useQuery({
    queryKey: traceKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminTraceRecordResponse>(`/admin/trace-records/${id}`),
    select: (data) => data.trace_record,
  });
}

/** After a change: the record's cached answer is the server's, and the lists are fetched again. */
function useRecordChanged() {
  const queryClient = useQueryClient();
  return async ({ trace_record }: AdminTraceRecordResponse) => {
    queryClient.setQueryData(traceKeys.detail(trace_record.id), { trace_record });
    await queryClient.invalidateQueries({ queryKey: traceKeys.lists() });
  };
}

/** POST /admin/trace-records: a new draft. */
export function useCreateTraceRecord() {
  const changed = useRecordChanged();
  return useMutation({
    mutationFn: (body: TraceRecordInput) =>
      sdk.client.fetch<AdminTraceRecordResponse>("/admin/trace-records", { method: "POST", body }),
    onSuccess: changed,
  });
}

/** POST /admin/trace-records/:id: corrects a draft (400 once published). */
export function useUpdateTraceRecord(id: string) {
  const changed = useRecordChanged();
  return useMutation({
    mutationFn: (body: TraceRecordUpdate) =>
      sdk.client.fetch<AdminTraceRecordResponse>(`/admin/trace-records/${id}`, { method: "POST", body }),
    onSuccess: changed,
  });
}

/** POST /admin/trace-records/:id/events: appends a step; the record is fetched again. */
export function useAppendTraceEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TraceEventInput) =>
      sdk.client.fetch<{ trace_event: { id: string } }>(`/admin/trace-records/${id}/events`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: traceKeys.all }),
  });
}

/** POST /admin/trace-records/:id/publish: seals the record and the head of its chain. */
export function usePublishTraceRecord(id: string) {
  const changed = useRecordChanged();
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<AdminTraceRecordResponse>(`/admin/trace-records/${id}/publish`, { method: "POST" }),
    onSuccess: changed,
  });
}

/** GET /admin/trace-records/:id/qr: the QR code as an SVG or PNG file (the SDK returns the raw response). */
export async function fetchTraceQr(id: string, format: "svg" | "png"): Promise<Blob> {
  const response = await sdk.client.fetch<Response>(`/admin/trace-records/${id}/qr`, {
    query: { format, ...(format === "png" ? { width: 1024 } : {}) },
    headers: { accept: format === "svg" ? "image/svg+xml" : "image/png" },
  });
  return response.blob();
}

/** The QR code's SVG for the preview, as an object URL the component revokes. */
export function useTraceQrSvg(id: string, digitalLink: string) {
  return useQuery({
    queryKey: [...traceKeys.detail(id), "qr", digitalLink] as const,
    queryFn: () => fetchTraceQr(id, "svg"),
    staleTime: Infinity,
  });
}
