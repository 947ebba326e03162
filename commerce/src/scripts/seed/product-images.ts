import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows";
import type { SetupContext } from "../setup/progress";
import type { SampleProduct } from "./fixtures/types";
import { renderSampleImage } from "./images/render-sample-image";

/** Images per sample product: generated here from the craft and handle, never fetched. */
const IMAGES_PER_PRODUCT = 2;

/** Renders and uploads a product's sample images through Medusa's file module; returns their URLs. */
export async function uploadSampleImages(
  { container }: SetupContext,
  product: SampleProduct,
): Promise<string[]> {
  const files = await Promise.all(
    Array.from({ length: IMAGES_PER_PRODUCT }, async (_, index) => {
      const image = await renderSampleImage({ craft: product.craft, seed: product.handle, index });
      return {
        filename: `${product.handle}-${index + 1}.webp`,
        mimeType: "image/webp",
        content: image.toString("base64"),
        access: "public" as const,
      };
    }),
  );
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } });
  return result.map((file) => file.url);
}
