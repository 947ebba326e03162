import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { createProductsWorkflow } from "@medusajs/medusa/core-flows";
import type { Craft } from "../modules/craft/vocabulary";
import {
  ONE_SIZE,
  toCreateProductInput,
  type ArtisanProductFields,
} from "../lib/artisan-products/product-input";
import { prepareArtisanProductStep } from "./steps/prepare-artisan-product";
import { setProductStockStep } from "./steps/set-product-stock";
import { upsertTranslationsStep, type TranslationUpsert } from "./steps/upsert-translations";
import { validateMarkUseStep } from "./steps/validate-mark-use";
import { upsertProductCraftWorkflow } from "./upsert-product-craft";

export type CreateArtisanProductInput = ArtisanProductFields & {
  artisan_id: string;
  craft: Craft;
  stock: number;
  /** Registry marks the artisan is authorised for (checked first: nothing is created otherwise). */
  marks: string[];
};

interface CreatedOption {
  id: string;
  values?: { id: string }[] | null;
}

/**
 * An artisan lists a product: it is created `proposed` (curators publish it) in the storefront channel,
 * with its VND and USD prices, its craft attributes (the artisan's village and ethnic group, the
 * marks it may show), its English texts, and its stock at the artisan's village workshop.
 */
export const createArtisanProductWorkflow = createWorkflow(
  "create-artisan-product",
  (input: CreateArtisanProductInput) => {
    validateMarkUseStep(
      transform({ input }, ({ input }) => ({ marks: input.marks, artisan_id: input.artisan_id })),
    );
    const prepared = prepareArtisanProductStep(
      transform({ input }, ({ input }) => ({ artisan_id: input.artisan_id, title_vi: input.title.vi })),
    );
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input, prepared }, ({ input, prepared }) => ({
        products: [toCreateProductInput(input, prepared, input.artisan_id)],
      })),
    });
    const productId = transform({ products }, ({ products }) => products[0].id);
    upsertProductCraftWorkflow.runAsStep({
      input: transform({ input, productId }, ({ input, productId }) => ({
        product_id: productId,
        artisan_id: input.artisan_id,
        craft: input.craft,
        materials: input.materials,
        ethnic_group: null,
        village_handle: null,
        days_to_make: null,
        care_instructions: null,
        ocop_stars: null,
        marks: input.marks,
      })),
    });
    const translations = transform({ input, products }, ({ input, products }): TranslationUpsert[] => {
      const product = products[0];
      const options = (product.options ?? []) as CreatedOption[];
      return [
        {
          reference: "product",
          reference_id: product.id,
          fields: { title: input.title.en, description: input.description.en },
        },
        ...options.flatMap((option) => [
          { reference: "product_option", reference_id: option.id, fields: { title: ONE_SIZE.title.en } },
          ...(option.values ?? []).map((value) => ({
            reference: "product_option_value",
            reference_id: value.id,
            fields: { value: ONE_SIZE.value.en },
          })),
        ]),
      ];
    });
    upsertTranslationsStep(translations);
    setProductStockStep(
      transform({ input, productId, prepared }, ({ input, productId, prepared }) => ({
        product_id: productId,
        stock: input.stock,
        location_id: prepared.refs.location_id,
      })),
    );
    return new WorkflowResponse(productId);
  },
);
