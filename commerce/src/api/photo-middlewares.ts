import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http";
import { existingProductOnly, ownProductOnly } from "../lib/photos/photo-product-guards";
import { photoUpload } from "../lib/photos/photo-upload";

const artisanOnly = authenticate("artisan", ["bearer", "session"]);

/**
 * The photo routes (spread into ./middlewares.ts). Who may upload is settled before the body is read:
 * the artisan's token and product, or (under /admin, which already requires a user) an existing product;
 * then the photo is read into memory, at most 15 MB.
 */
export const photoMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/artisan/products/:id/photos",
    method: ["POST"],
    middlewares: [artisanOnly, ownProductOnly, photoUpload],
  },
  {
    matcher: "/artisan/products/:id/photos/:photoId",
    method: ["DELETE"],
    middlewares: [artisanOnly],
  },
  {
    matcher: "/admin/products/:id/photos",
    method: ["POST"],
    middlewares: [existingProductOnly, photoUpload],
  },
];
