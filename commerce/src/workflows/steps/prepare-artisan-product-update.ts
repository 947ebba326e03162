import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { MedusaError, ProductStatus } from "@medusajs/framework/utils";
import type { UpdateProductWorkflowInputDTO } from "@medusajs/framework/types";
import { retrieveProductCraft } from "../../api/admin/products/[id]/craft/retrieve-product-craft";
import { proposedBy } from "../../lib/artisan-products/moderation";
import { dimensionFields, materialText, pricesFor } from "../../lib/artisan-products/product-input";
import {
  retrieveArtisanProducts,
  retrieveArtisanProductRows,
} from "../../lib/artisan-products/retrieve-artisan-products";
import type { CraftProfileInput } from "../../modules/craft/schemas";
import type { Craft, StoredMaterial } from "../../modules/craft/vocabulary";
import type { TranslationUpsert } from "./upsert-translations";

export interface ArtisanProductChanges {
  artisan_id: string;
  product_id: string;
  title?: { vi: string; en?: string };
  description?: { vi: string; en?: string };
  craft?: Craft;
  materials?: StoredMaterial[];
  price_vnd?: number;
  stock?: number;
  dimensions?: {
    length_cm?: number | null;
    width_cm?: number | null;
    height_cm?: number | null;
    weight_g?: number | null;
  };
  /** Registry marks the product shows (all of them; left out: unchanged). */
  marks?: string[];
}

export interface ArtisanProductUpdatePlan {
  /** Price, title or description changed: the product goes back to `proposed`. */
  needs_review: boolean;
  product: UpdateProductWorkflowInputDTO | null;
  variant: { id: string; prices: ReturnType<typeof pricesFor> } | null;
  craft: (CraftProfileInput & { product_id: string }) | null;
  translations: TranslationUpsert[];
  stock: number | null;
}

const changed = (before: string, after: string | undefined) => after !== undefined && after !== before;

/**
 * Compares the artisan's changes with the product and plans the writes (writes nothing). A change of
 * price, title or description sends the product back to review; stock, dimensions, craft, materials
 * and marks do not (a mark is checked against the registry instead). The craft profile keeps what
 * curators set (care, OCOP stars) and the marks unless the artisan sends them.
 */
export const prepareArtisanProductUpdateStep = createStep(
  "prepare-artisan-product-update",
  async (input: ArtisanProductChanges, { container }) => {
    const [current] = await retrieveArtisanProducts(container, [input.product_id]);
    const [row] = await retrieveArtisanProductRows(container, [input.product_id]);
    const variantId = row?.variants?.[0]?.id;
    if (!current || !variantId) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`);
    }
    const priceChanged = input.price_vnd !== undefined && input.price_vnd !== current.price_vnd;
    const textChanged =
      changed(current.title.vi, input.title?.vi) ||
      changed(current.title.en, input.title?.en) ||
      changed(current.description.vi, input.description?.vi) ||
      changed(current.description.en, input.description?.en);
    const needsReview = priceChanged || textChanged;

    const product: UpdateProductWorkflowInputDTO = {
      ...(input.title ? { title: input.title.vi } : {}),
      ...(input.description ? { description: input.description.vi } : {}),
      ...(input.materials ? { material: materialText(input.materials) } : {}),
      ...(input.dimensions
        ? Object.fromEntries(
            Object.entries(dimensionFields(input.dimensions)).filter(([, value]) => value !== undefined),
          )
        : {}),
      ...(needsReview
        ? { status: ProductStatus.PROPOSED, metadata: proposedBy(input.artisan_id, row.metadata) }
        : {}),
    };

    let craft: ArtisanProductUpdatePlan["craft"] = null;
    if (input.craft || input.materials || input.marks) {
      const { craft_profile: profile } = await retrieveProductCraft(container, input.product_id);
      const craftCode = input.craft ?? current.craft;
      if (!craftCode)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "craft is required", "invalid_craft");
      craft = {
        product_id: input.product_id,
        artisan_id: input.artisan_id,
        craft: craftCode,
        materials: input.materials ?? current.materials,
        ethnic_group: profile?.ethnic_group ?? null,
        village_handle: profile?.village_handle ?? null,
        days_to_make: profile?.days_to_make ?? null,
        care_instructions: profile?.care_instructions ?? null,
        ocop_stars: (profile?.ocop_stars ?? null) as CraftProfileInput["ocop_stars"],
        marks: input.marks ?? profile?.marks ?? [],
      };
    }

    const english: Record<string, string | undefined> = {};
    if (input.title?.en !== undefined) english.title = input.title.en;
    if (input.description?.en !== undefined) english.description = input.description.en;
    const translations: TranslationUpsert[] = Object.keys(english).length
      ? [{ reference: "product", reference_id: input.product_id, fields: english }]
      : [];

    return new StepResponse<ArtisanProductUpdatePlan>({
      needs_review: needsReview,
      product: Object.keys(product).length ? product : null,
      variant: priceChanged ? { id: variantId, prices: pricesFor(input.price_vnd as number) } : null,
      craft,
      translations,
      stock: input.stock ?? null,
    });
  },
);
