import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types";
import { ProductStatus } from "@medusajs/framework/utils";
import type { StoredMaterial } from "../../modules/craft/vocabulary";
import type { CatalogueRefs } from "./catalogue-refs";
import { usdFor } from "./catalogue-refs";
import { proposedBy } from "./moderation";

/** The single option of an artisan's product ("one size"), in both languages. */
export const ONE_SIZE = {
  title: { vi: "Kích thước", en: "Size" },
  value: { vi: "Một cỡ", en: "One size" },
} as const;

export interface ArtisanProductFields {
  title: { vi: string; en?: string };
  description: { vi: string; en?: string };
  materials: StoredMaterial[];
  price_vnd: number;
  dimensions: {
    length_cm?: number | null;
    width_cm?: number | null;
    height_cm?: number | null;
    weight_g?: number | null;
  };
}

/** Prices of the variant: the artisan's VND price and the USD price that follows from it. */
export function pricesFor(vnd: number) {
  return [
    { currency_code: "vnd", amount: vnd },
    { currency_code: "usd", amount: usdFor(vnd) },
  ];
}

/** Materials as Medusa's own `material` text: the Vietnamese names. */
export const materialText = (materials: StoredMaterial[]) =>
  materials.map((material) => material.name.vi).join(", ") || null;

/** Medusa's dimension fields from the artisan's (undefined: unchanged, null: cleared). */
export function dimensionFields(dimensions: ArtisanProductFields["dimensions"]) {
  return {
    length: dimensions.length_cm,
    width: dimensions.width_cm,
    height: dimensions.height_cm,
    weight: dimensions.weight_g,
  };
}

/** A new product of an artisan: proposed (not on the storefront until a curator publishes it), not sample data. */
export function toCreateProductInput(
  fields: ArtisanProductFields,
  prepared: { handle: string; refs: CatalogueRefs },
  artisanId: string,
): CreateProductWorkflowInputDTO {
  const { length, width, height, weight } = dimensionFields(fields.dimensions);
  return {
    title: fields.title.vi,
    handle: prepared.handle,
    description: fields.description.vi,
    status: ProductStatus.PROPOSED,
    length: length ?? undefined,
    width: width ?? undefined,
    height: height ?? undefined,
    weight: weight ?? undefined,
    material: materialText(fields.materials),
    origin_country: "vn",
    metadata: proposedBy(artisanId),
    options: [{ title: ONE_SIZE.title.vi, values: [ONE_SIZE.value.vi] }],
    variants: [
      {
        title: ONE_SIZE.value.vi,
        options: { [ONE_SIZE.title.vi]: ONE_SIZE.value.vi },
        manage_inventory: true,
        prices: pricesFor(fields.price_vnd),
      },
    ],
    sales_channels: [{ id: prepared.refs.sales_channel_id }],
    shipping_profile_id: prepared.refs.shipping_profile_id,
  };
}
