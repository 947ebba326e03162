import type { StoredMaterial } from "../../modules/craft/vocabulary";
import type { Craft } from "../../modules/craft/vocabulary";
import type { ArtisanProductRow } from "./artisan-product-fields";
import { rejectionReason } from "./moderation";
import type { ArtisanProduct, ArtisanProductStatus } from "./types";

/** What else an ArtisanProduct needs besides the product row. */
export interface ArtisanProductExtras {
  craft: { craft: Craft; materials: StoredMaterial[]; marks: string[] } | null;
  /** English title and description (Translation Module, en-US). */
  english: { title?: string; description?: string };
}

const numberOrNull = (value: number | string | null | undefined) =>
  value === null || value === undefined || value === "" ? null : Number(value);

/** The VND price of the product's (single) variant. */
export function priceVndOf(row: ArtisanProductRow): number {
  const prices = row.variants?.[0]?.prices ?? [];
  const vnd = prices.find((price) => price?.currency_code === "vnd");
  return Number(vnd?.amount ?? 0);
}

/** Units in stock over every location of the product's (single) variant. */
export function stockOf(row: ArtisanProductRow): number {
  const items = row.variants?.[0]?.inventory_items ?? [];
  return items
    .flatMap((item) => item?.inventory?.location_levels ?? [])
    .reduce((sum, level) => sum + Number(level?.stocked_quantity ?? 0), 0);
}

export function toArtisanProduct(row: ArtisanProductRow, extras: ArtisanProductExtras): ArtisanProduct {
  const images = (row.images ?? [])
    .flatMap((image) => (image ? [image] : []))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return {
    id: row.id,
    handle: row.handle,
    status: row.status as ArtisanProductStatus,
    rejection_reason: rejectionReason(row.status, row.metadata),
    title: { vi: row.title, en: extras.english.title ?? "" },
    description: { vi: row.description ?? "", en: extras.english.description ?? "" },
    craft: extras.craft?.craft ?? null,
    materials: extras.craft?.materials ?? [],
    marks: extras.craft?.marks ?? [],
    price_vnd: priceVndOf(row),
    stock: stockOf(row),
    dimensions: {
      length_cm: numberOrNull(row.length),
      width_cm: numberOrNull(row.width),
      height_cm: numberOrNull(row.height),
      weight_g: numberOrNull(row.weight),
    },
    photos: images.map(({ id, url }) => ({ id, url })),
    thumbnail: row.thumbnail ?? images[0]?.url ?? null,
    updated_at: new Date(row.updated_at).toISOString(),
  };
}
