import { createRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import type { SetupContext } from "../setup/progress";
import { regionFixtures } from "./fixtures/regions";

/** Region ids by name. */
export type RegionIds = Record<string, string>;

/** Creates the regions of the fixture that do not exist yet (matched by name). */
export async function ensureRegions({ container }: SetupContext): Promise<RegionIds> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: existing } = await query.graph({
    entity: "region",
    fields: ["id", "name", "payment_providers.id"],
    filters: { name: regionFixtures.map((region) => region.name) },
  });
  for (const region of existing) {
    const fixture = regionFixtures.find((candidate) => candidate.name === region.name);
    const providers = (region.payment_providers ?? []).map(
      (provider: { id?: string } | null) => provider?.id,
    );
    if (fixture && fixture.payment_providers.some((id) => !providers.includes(id))) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: region.id }, update: { payment_providers: fixture.payment_providers } },
      });
    }
  }
  const ids: RegionIds = Object.fromEntries(existing.map((region) => [region.name, region.id]));
  const missing = regionFixtures.filter((region) => !ids[region.name]);
  if (missing.length) {
    const { result } = await createRegionsWorkflow(container).run({ input: { regions: missing } });
    for (const region of result) ids[region.name] = region.id;
  }
  return ids;
}

/** The countries of a region of the fixture. */
export function countriesOf(regionName: string): string[] {
  return regionFixtures.find((region) => region.name === regionName)?.countries ?? [];
}
