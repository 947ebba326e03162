import type { ArtisanProduct } from "../../commerce/src/lib/artisan-products/types.ts";
import type { StoredPhoto } from "../../commerce/src/lib/photos/stored-photo.ts";
import { artisanFetch, expectJson, type ArtisanAccount } from "./artisans.ts";
import { adminToken, photoForm } from "./photo-uploads.ts";
import type { TestStackInfo } from "./test-stack.ts";

/** The error body of a refused request. */
export type ErrorBody = { code?: string; message: string };

/** Calls of the product and photo routes, for the photo tests. */
export function photoRoutes(stack: TestStackInfo) {
  /** A new product of the artisan (POST /artisan/products), `proposed`. */
  async function createProduct(account: ArtisanAccount, title: string): Promise<ArtisanProduct> {
    const response = await artisanFetch(stack, account.token, "/artisan/products", {
      method: "POST",
      body: { title: { vi: title }, craft: "basketry", price_vnd: 450_000, stock: 3 },
    });
    return (await expectJson<{ product: ArtisanProduct }>(response, 201)).product;
  }

  /** POST `${base}/products/:id/photos` with a multipart form. */
  const upload = (token: string | null, productId: string, form: FormData, base = "/artisan") =>
    artisanFetch(stack, token, `${base}/products/${productId}/photos`, { method: "POST", body: form });

  /** DELETE /artisan/products/:id/photos/:photoId. */
  const deletePhoto = (token: string | null, productId: string, photoId: string) =>
    artisanFetch(stack, token, `/artisan/products/${productId}/photos/${photoId}`, { method: "DELETE" });

  /** Adds a photo as the artisan; fails unless it is taken (201). */
  async function addPhoto(account: ArtisanAccount, productId: string, data: Buffer): Promise<ArtisanProduct> {
    const response = await upload(account.token, productId, photoForm([{ data }]));
    return (await expectJson<{ product: ArtisanProduct }>(response, 201)).product;
  }

  /** The product as its artisan sees it. */
  async function ownProduct(account: ArtisanAccount, id: string): Promise<ArtisanProduct> {
    const response = await artisanFetch(stack, account.token, `/artisan/products/${id}`);
    return (await expectJson<{ product: ArtisanProduct }>(response, 200)).product;
  }

  /** The product as the admin API shows it, with the photo records. */
  async function adminProduct(id: string): Promise<{ status: string; photos: StoredPhoto[] }> {
    const token = await adminToken(stack);
    const response = await artisanFetch(stack, token, `/admin/products/${id}?fields=status,metadata`);
    const { product } = await expectJson<{
      product: { status: string; metadata: { photos?: StoredPhoto[] } | null };
    }>(response, 200);
    return { status: product.status, photos: product.metadata?.photos ?? [] };
  }

  /** Sets the status as a curator (the admin API). */
  async function setStatus(id: string, status: "published" | "proposed"): Promise<void> {
    const response = await artisanFetch(stack, await adminToken(stack), `/admin/products/${id}`, {
      method: "POST",
      body: { status },
    });
    await expectJson(response, 200);
  }

  return { createProduct, upload, deletePhoto, addPhoto, ownProduct, adminProduct, setStatus };
}
