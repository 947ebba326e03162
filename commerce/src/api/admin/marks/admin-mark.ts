import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import { TRACE_MODULE } from "../../../modules/trace";
import { authorisationStatus, currentMemberCount } from "../../../modules/trace/marks/authorisation-status";
import type { MarkKind, StoredLocalizedText } from "../../../modules/trace/vocabulary";
import type TraceModuleService from "../../../modules/trace/service";
import type { AdminMark, AdminMarkAuthorisation } from "./types";

/** A mark as the trace module lists it with its authorisations. */
interface MarkRow {
  id: string;
  handle: string;
  kind: MarkKind;
  name: StoredLocalizedText;
  owner: string;
  registration_number: string | null;
  metadata: Record<string, unknown> | null;
  authorisations?: { id: string; artisan_id: string; valid_from: string; valid_to: string | null }[];
}

type ArtisanRef = NonNullable<AdminMarkAuthorisation["artisan"]>;

/** The artisans of these authorisations, by id (deleted artisans are absent). */
async function artisansOf(scope: MedusaContainer, ids: string[]): Promise<Map<string, ArtisanRef>> {
  if (!ids.length) return new Map();
  const query = scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "artisan",
    fields: ["id", "handle", "display_name"],
    filters: { id: [...new Set(ids)] },
  });
  return new Map((data as ArtisanRef[]).map((artisan) => [artisan.id, artisan]));
}

/** Marks with their authorisations' artisans and statuses on `today`, newest period first. */
export async function toAdminMarks(
  scope: MedusaContainer,
  marks: MarkRow[],
  today: Date = new Date(),
): Promise<AdminMark[]> {
  const artisans = await artisansOf(
    scope,
    marks.flatMap((mark) => (mark.authorisations ?? []).map((entry) => entry.artisan_id)),
  );
  return marks.map(({ authorisations = [], ...mark }) => ({
    id: mark.id,
    handle: mark.handle,
    kind: mark.kind,
    name: mark.name,
    owner: mark.owner,
    registration_number: mark.registration_number,
    metadata: mark.metadata,
    current_members: currentMemberCount(authorisations, today),
    authorisations: [...authorisations]
      .sort((a, b) => b.valid_from.localeCompare(a.valid_from) || a.id.localeCompare(b.id))
      .map((entry) => toAdminAuthorisation(entry, artisans, today)),
  }));
}

export function toAdminAuthorisation(
  entry: { id: string; artisan_id: string; valid_from: string; valid_to: string | null },
  artisans: Map<string, ArtisanRef>,
  today: Date = new Date(),
): AdminMarkAuthorisation {
  return {
    id: entry.id,
    artisan_id: entry.artisan_id,
    artisan: artisans.get(entry.artisan_id) ?? null,
    valid_from: entry.valid_from,
    valid_to: entry.valid_to,
    status: authorisationStatus(entry, today),
  };
}

/** One mark by id or handle, as the admin shows it; 404 names it. */
export async function retrieveAdminMark(scope: MedusaContainer, idOrHandle: string): Promise<AdminMark> {
  const service: TraceModuleService = scope.resolve(TRACE_MODULE);
  const [mark] = await service.listMarks(
    { $or: [{ id: idOrHandle }, { handle: idOrHandle }] },
    { relations: ["authorisations"] },
  );
  if (!mark) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Mark ${idOrHandle} does not exist`);
  const [adminMark] = await toAdminMarks(scope, [mark as MarkRow]);
  return adminMark;
}

/** One authorisation as the admin shows it. */
export async function retrieveAdminAuthorisation(
  scope: MedusaContainer,
  entry: { id: string; artisan_id: string; valid_from: string; valid_to: string | null },
): Promise<AdminMarkAuthorisation> {
  return toAdminAuthorisation(entry, await artisansOf(scope, [entry.artisan_id]));
}
