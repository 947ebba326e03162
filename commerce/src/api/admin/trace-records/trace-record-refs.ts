import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import type { TraceEventDTO } from "../../../modules/trace/service";
import type { AdminTraceMaker } from "./types";

/** Artisans by id (makers, and artisans who recorded steps), in one query. */
export async function artisansById(
  container: MedusaContainer,
  ids: string[],
): Promise<Map<string, AdminTraceMaker>> {
  if (!ids.length) return new Map();
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "artisan",
    fields: ["id", "handle", "display_name", "village_handle", "ethnic_group"],
    filters: { id: [...new Set(ids)] },
  });
  return new Map((data as AdminTraceMaker[]).map((artisan) => [artisan.id, artisan]));
}

/**
 * Readable names of who recorded each event: an admin user's name (or email), an artisan's display name,
 * a script's own name. Unknown ids (a deleted user) are left out.
 */
export async function recorderNames(
  container: MedusaContainer,
  events: TraceEventDTO[],
  artisans: Map<string, AdminTraceMaker>,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const userIds = [
    ...new Set(events.filter((e) => e.recorded_by_type === "user").map((e) => e.recorded_by_id)),
  ];
  if (userIds.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const { data } = await query.graph({
      entity: "user",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: userIds },
    });
    for (const user of data as {
      id: string;
      email: string;
      first_name: string | null;
      last_name: string | null;
    }[]) {
      const name = [user.first_name, user.last_name].filter(Boolean).join(" ");
      names.set(user.id, name || user.email);
    }
  }
  for (const event of events) {
    if (event.recorded_by_type === "artisan") {
      const artisan = artisans.get(event.recorded_by_id);
      if (artisan) names.set(event.recorded_by_id, artisan.display_name);
    }
    if (event.recorded_by_type === "system") names.set(event.recorded_by_id, event.recorded_by_id);
  }
  return names;
}
