import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows";
import type { SetupContext } from "../setup/progress";
import type { SampleProduct } from "./fixtures/types";
import { renderSampleImage } from "./images/render-sample-image";

/** Images per sample product: generated here from the craft and handle, never fetched. */
const IMAGES_PER_PRODUCT = 2;
/**
 * The thumbnail is the first image again at 480 px: product cards show it at 160–320 CSS pixels, and
 * a phone on a weak signal should not download the 1000 px gallery picture for each card.
 */
const THUMBNAIL_SIZE = 480;

export interface SampleImageUrls {
  /** The gallery, 1000 px squares. */
  images: string[];
  /** The first image, small, for cards and listings. */
  thumbnail: string;
}

/** Renders and uploads a product's sample images and thumbnail through Medusa's file module. */
export async function uploadSampleImages(
  { container }: SetupContext,
  product: SampleProduct,
): Promise<SampleImageUrls> {
  const specs: { index: number; name: string; size?: number }[] = [
    ...Array.from({ length: IMAGES_PER_PRODUCT }, (_, index) => ({ index, name: `${index + 1}` })),
    { index: 0, name: "thumb", size: THUMBNAIL_SIZE },
  ];
  const files = await Promise.all(
    specs.map(async ({ index, name, size }) => {
      const image = await renderSampleImage({ craft: product.craft, seed: product.handle, index, size });
      return {
        filename: `${product.handle}-${name}.webp`,
        mimeType: "image/webp",
        content: image.toString("base64"),
        access: "public" as const,
      };
    }),
  );
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } });
  const urls = result.map((file) => file.url);
  return { images: urls.slice(0, IMAGES_PER_PRODUCT), thumbnail: urls[IMAGES_PER_PRODUCT] };
}
