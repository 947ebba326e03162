import type { DashboardLanguage } from "../components/curation/curation-options";
import { backendUrl } from "./sdk";

/**
 * The printable tag sheet of published records (GET /admin/trace-records/tags), opened in a new tab: the
 * browser sends the dashboard's session cookie, as it does to the API.
 */
export function tagSheetUrl(ids: readonly string[], language: DashboardLanguage, copies?: number): string {
  const base = backendUrl === "/" ? window.location.origin : backendUrl;
  const url = new URL("admin/trace-records/tags", base.endsWith("/") ? base : `${base}/`);
  url.searchParams.set("ids", ids.join(","));
  url.searchParams.set("lang", language);
  if (copies) url.searchParams.set("copies", String(copies));
  return url.href;
}
