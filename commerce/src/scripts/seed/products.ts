import { createProductsWorkflow } from "@medusajs/medusa/core-flows";
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils";
import type { SetupContext } from "../setup/progress";
import { productFixtures, SAMPLE_NOTICE } from "./fixtures/products";
import type { SampleProduct } from "./fixtures/types";
import { uploadSampleImages, type SampleImageUrls } from "./product-images";

/** Product ids by handle. */
export type ProductIds = Record<string, string>;

/** Creates the sample products whose handle does not exist yet, with generated images. */
export async function ensureSampleProducts(
  context: SetupContext,
  refs: { salesChannelId: string; shippingProfileId: string },
): Promise<{ ids: ProductIds; created: number }> {
  const query = context.container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: productFixtures.map((product) => product.handle) },
  });
  const ids: ProductIds = Object.fromEntries(existing.map((product) => [product.handle, product.id]));
  const missing = productFixtures.filter((product) => !ids[product.handle]);
  for (const product of missing) {
    const images = await uploadSampleImages(context, product);
    const { result } = await createProductsWorkflow(context.container).run({
      input: { products: [toProductInput(product, images, refs)] },
    });
    ids[product.handle] = result[0].id;
    context.progress(`  ${Object.keys(ids).length}/${productFixtures.length} ${product.handle}`);
  }
  return { ids, created: missing.length };
}

function toProductInput(
  product: SampleProduct,
  { images, thumbnail }: SampleImageUrls,
  refs: { salesChannelId: string; shippingProfileId: string },
): CreateProductWorkflowInputDTO {
  const { dimensions } = product;
  return {
    title: product.title.vi,
    handle: product.handle,
    description: `${SAMPLE_NOTICE} ${product.description.vi}`,
    status: ProductStatus.PUBLISHED,
    thumbnail,
    images: images.map((url) => ({ url })),
    weight: product.weight,
    length: dimensions.lengthCm,
    width: dimensions.widthCm,
    height: dimensions.heightCm,
    material: product.materials.map((material) => material.name.vi).join(", "),
    origin_country: "vn",
    metadata: { sample: true },
    options: [{ title: product.option.title.vi, values: product.option.values.map((value) => value.vi) }],
    variants: product.variants.map((variant, rank) => ({
      title: variant.option,
      sku: variant.sku,
      variant_rank: rank,
      options: { [product.option.title.vi]: variant.option },
      manage_inventory: true,
      ...(variant.dimensions
        ? {
            length: variant.dimensions.lengthCm,
            width: variant.dimensions.widthCm,
            height: variant.dimensions.heightCm,
          }
        : {}),
      prices: [
        { currency_code: "vnd", amount: variant.vnd },
        { currency_code: "usd", amount: variant.usd },
      ],
    })),
    sales_channels: [{ id: refs.salesChannelId }],
    shipping_profile_id: refs.shippingProfileId,
  };
}
