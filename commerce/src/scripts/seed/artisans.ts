import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { createArtisanWorkflow } from "../../workflows/create-artisan";
import type { SetupContext } from "../setup/progress";
import { artisanFixtures } from "./fixtures/artisans";
import { SAMPLE_NOTICE, SAMPLE_NOTICE_EN } from "./fixtures/products";

/** Artisan ids by handle. */
export type ArtisanIds = Record<string, string>;

/** Creates the sample artisans whose handle does not exist yet; their bios say they are sample data. */
export async function ensureArtisans({ container }: SetupContext): Promise<ArtisanIds> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: existing } = await query.graph({
    entity: "artisan",
    fields: ["id", "handle"],
    filters: { handle: artisanFixtures.map((artisan) => artisan.handle) },
  });
  const ids: ArtisanIds = Object.fromEntries(existing.map((artisan) => [artisan.handle, artisan.id]));
  for (const artisan of artisanFixtures.filter((fixture) => !ids[fixture.handle])) {
    const { result } = await createArtisanWorkflow(container).run({
      input: {
        handle: artisan.handle,
        display_name: artisan.displayName,
        village_handle: artisan.villageHandle,
        ethnic_group: artisan.ethnicGroup,
        crafts: artisan.crafts,
        title: artisan.title,
        bio: { vi: `${SAMPLE_NOTICE} ${artisan.bio.vi}`, en: `${SAMPLE_NOTICE_EN} ${artisan.bio.en}` },
        photo_url: null,
        metadata: { sample: true },
      },
    });
    ids[artisan.handle] = result.id;
  }
  return ids;
}
