/** The artisan's trace records: ownership, the record a new draft starts from, the portal's shapes. */
export { retrieveOwnTraceRecord } from "./own-trace-record";
export { artisanTraceRecordInput, assertCoMakersExist, type ArtisanTraceRecordFields } from "./record-input";
export { toArtisanTraceRecordResponse, toArtisanTraceRecords } from "./to-artisan-trace-record";
export type * from "./types";
