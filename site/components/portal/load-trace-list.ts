import type { PortalContext, PortalRoute, Signed } from "../../lib/portal/session.ts";
import type { ArtisanTraceRecordsResponse } from "../../lib/portal/types.ts";
import { loadList, type Paged } from "./load-lists.ts";

/** The list of the artisan's records of origin (newest first), one page at a time. */
export interface TraceListData {
  signed: Signed;
  list: ArtisanTraceRecordsResponse;
  paged: Paged;
}

export const loadTraceListPage = (context: PortalContext): Promise<PortalRoute<TraceListData>> =>
  loadList<ArtisanTraceRecordsResponse>(context, "/artisan/trace-records");
