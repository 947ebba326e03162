import { createProductsWorkflow } from "@medusajs/medusa/core-flows";
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types";
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils";
import type { SetupContext } from "../setup/progress";
import { productFixtures, SAMPLE_NOTICE, type SampleProduct } from "./fixtures/products";

/** Creates the sample products whose handle does not exist yet. Returns how many were created. */
export async function ensureSampleProducts(
  { container }: SetupContext,
  refs: { salesChannelId: string; shippingProfileId: string },
): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: productFixtures.map((product) => product.handle) },
  });
  const missing = productFixtures.filter((product) => !existing.some((p) => p.handle === product.handle));
  if (!missing.length) return 0;
  await createProductsWorkflow(container).run({
    input: { products: missing.map((product) => toProductInput(product, refs)) },
  });
  return missing.length;
}

function toProductInput(
  product: SampleProduct,
  refs: { salesChannelId: string; shippingProfileId: string },
): CreateProductWorkflowInputDTO {
  return {
    title: product.title,
    handle: product.handle,
    description: `${SAMPLE_NOTICE} ${product.description}`,
    status: ProductStatus.PUBLISHED,
    weight: product.weight,
    origin_country: "vn",
    metadata: {
      sample: true,
      title_en: product.titleEn,
      description_en: product.descriptionEn,
      craft: product.craft,
    },
    options: [{ title: product.option.title, values: product.option.values }],
    variants: product.variants.map((variant) => ({
      title: variant.option,
      sku: variant.sku,
      options: { [product.option.title]: variant.option },
      manage_inventory: true,
      prices: [
        { currency_code: "vnd", amount: variant.vnd },
        { currency_code: "usd", amount: variant.usd },
      ],
    })),
    sales_channels: [{ id: refs.salesChannelId }],
    shipping_profile_id: refs.shippingProfileId,
  };
}
