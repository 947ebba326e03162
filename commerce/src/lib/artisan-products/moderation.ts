import type { ModerationRecord } from "./types";

/**
 * Moderation lives in the product's metadata: `moderation` is the latest record (the rejection reason
 * the artisan sees), `moderation_log` every record in order, for a later audit (who, when, what).
 */
export const MODERATION_KEY = "moderation";
export const MODERATION_LOG_KEY = "moderation_log";

type Metadata = Record<string, unknown> | null | undefined;

function isRecord(value: unknown): value is ModerationRecord {
  return typeof value === "object" && value !== null && "decision" in value && "at" in value;
}

/** The latest moderation record of a product, if any. */
export function latestModeration(metadata: Metadata): ModerationRecord | null {
  const record = metadata?.[MODERATION_KEY];
  return isRecord(record) ? record : null;
}

/** Every moderation record of a product, oldest first. */
export function moderationLog(metadata: Metadata): ModerationRecord[] {
  const log = metadata?.[MODERATION_LOG_KEY];
  return Array.isArray(log) ? log.filter(isRecord) : [];
}

/** The reason the artisan sees: only while the product is rejected. */
export function rejectionReason(status: string, metadata: Metadata): string | null {
  if (status !== "rejected") return null;
  return latestModeration(metadata)?.reason ?? null;
}

/** The product's metadata with a new moderation record (latest + appended to the log). */
export function withModeration(
  metadata: Metadata,
  record: Omit<ModerationRecord, "at"> & { at?: string },
): Record<string, unknown> {
  const entry: ModerationRecord = { ...record, at: record.at ?? new Date().toISOString() };
  return {
    ...(metadata ?? {}),
    [MODERATION_KEY]: entry,
    [MODERATION_LOG_KEY]: [...moderationLog(metadata), entry],
  };
}

/** Metadata of a product an artisan has just proposed (created, or changed what curators check). */
export function proposedBy(artisanId: string, metadata?: Metadata): Record<string, unknown> {
  return withModeration(metadata, {
    decision: "proposed",
    reason: null,
    by: artisanId,
    actor_type: "artisan",
  });
}
