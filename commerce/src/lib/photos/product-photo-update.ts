import { PhotoError } from "./photo-error.ts";
import { PHOTOS_KEY, storedPhotos, type StoredPhoto } from "./stored-photo.ts";

/** What the photo routes read of a product. */
export interface PhotoProductRow {
  id: string;
  thumbnail: string | null;
  metadata: Record<string, unknown> | null;
  images?: ({ id: string; url: string; rank?: number | null } | null)[] | null;
}

export const PHOTO_PRODUCT_FIELDS = ["id", "thumbnail", "metadata", "images.id", "images.url", "images.rank"];

/** The product fields a photo change writes. */
export interface PhotoProductUpdate {
  images: { id?: string; url: string }[];
  thumbnail: string | null;
  metadata: Record<string, unknown>;
}

function orderedImages(row: PhotoProductRow): { id: string; url: string }[] {
  return (row.images ?? [])
    .flatMap((image) => (image ? [image] : []))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map(({ id, url }) => ({ id, url }));
}

/**
 * The thumbnail after a change: the small size of the first image when it is a processed photo; the
 * current thumbnail when the first image did not change; else the first image itself.
 */
function thumbnailFor(row: PhotoProductRow, images: { url: string }[], photos: StoredPhoto[]): string | null {
  const first = images[0];
  if (!first) return null;
  const photo = photos.find((entry) => entry.url === first.url);
  if (photo) return photo.thumbnail_url;
  return orderedImages(row)[0]?.url === first.url && row.thumbnail ? row.thumbnail : first.url;
}

/** Adds a processed photo after the product's images; the first photo of a product becomes its thumbnail. */
export function addPhotoUpdate(row: PhotoProductRow, photo: StoredPhoto): PhotoProductUpdate {
  const images = [...orderedImages(row), { url: photo.url }];
  const photos = [...storedPhotos(row.metadata), photo];
  return {
    images,
    thumbnail: thumbnailFor(row, images, photos),
    metadata: { ...row.metadata, [PHOTOS_KEY]: photos },
  };
}

/**
 * Removes the image `imageId` (and its record) from the product. Returns the update and the File Module
 * ids to delete once it is saved; throws 404 `photo_not_found` when the product has no such image.
 */
export function removePhotoUpdate(
  row: PhotoProductRow,
  imageId: string,
): { update: PhotoProductUpdate; fileIds: string[] } {
  const current = orderedImages(row);
  const removed = current.find((image) => image.id === imageId);
  if (!removed) throw new PhotoError("photo_not_found", `Photo ${imageId} was not found on this product`);
  const images = current.filter((image) => image.id !== imageId);
  const all = storedPhotos(row.metadata);
  const photos = all.filter((photo) => photo.url !== removed.url);
  const fileIds = all.filter((photo) => photo.url === removed.url).flatMap((photo) => photo.file_ids);
  return {
    update: {
      images,
      thumbnail: thumbnailFor(row, images, photos),
      metadata: { ...row.metadata, [PHOTOS_KEY]: photos },
    },
    fileIds,
  };
}
