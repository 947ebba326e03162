import type { MedusaContainer } from "@medusajs/framework/types";
import { TRACE_MODULE } from "../../../modules/trace";
import { markUse } from "../../../modules/trace/marks/mark-use";
import type TraceModuleService from "../../../modules/trace/service";
import type { CatalogMark } from "../types";

/** The parts of a product row this reads. */
interface MarkedRow {
  id: string;
  craft_profile?: { marks?: string[] | null } | null;
  artisan?: { id: string } | null;
}

/**
 * For each product, the marks it names that its artisan may show on `date` (registry order of the
 * profile kept); one registry read for the whole page. A product without an artisan shows none.
 */
export async function shownMarksByProduct(
  scope: MedusaContainer,
  rows: readonly MarkedRow[],
  date: Date = new Date(),
): Promise<Map<string, CatalogMark[]>> {
  const shown = new Map<string, CatalogMark[]>();
  const handles = [...new Set(rows.flatMap((row) => row.craft_profile?.marks ?? []))];
  if (!handles.length) return shown;
  const service: TraceModuleService = scope.resolve(TRACE_MODULE);
  const registry = await service.listMarks({ handle: handles }, { relations: ["authorisations"] });
  for (const row of rows) {
    const artisanId = row.artisan?.id;
    if (!artisanId) continue;
    const marks = (row.craft_profile?.marks ?? []).flatMap((handle) => {
      const mark = registry.find((entry) => entry.handle === handle);
      if (!mark || !markUse(mark, artisanId, date).allowed) return [];
      return [{ handle, kind: mark.kind, name: mark.name, owner: mark.owner }];
    });
    shown.set(row.id, marks);
  }
  return shown;
}
