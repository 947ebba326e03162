import type { MiddlewareRoute } from "@medusajs/framework/http";
import { jsonBody, validateBody, validateQuery } from "../../lib/artisan-products/http-input";
import { AdminModerationParams, AdminRejectProduct } from "../admin/moderation/validators";
import { ArtisanIncomeParams } from "./income/validators";
import { ArtisanOrdersParams } from "./orders/validators";
import { ArtisanCreateProduct, ArtisanProductsParams, ArtisanUpdateProduct } from "./products/validators";

/**
 * The artisan's products, orders and income, and the curators' moderation routes (spread into
 * ../middlewares.ts). The `/artisan/*` guard is in ./middlewares.ts. Product bodies are read here, at
 * most 1 MB (Medusa's body parser is off for them), so that a too large body gets a 413 with a code.
 */
export const artisanProductMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/artisan/products",
    method: ["GET"],
    middlewares: [validateQuery(ArtisanProductsParams)],
  },
  {
    matcher: "/artisan/products",
    method: ["POST"],
    bodyParser: false,
    middlewares: [jsonBody(), validateBody(ArtisanCreateProduct)],
  },
  {
    matcher: "/artisan/products/:id",
    method: ["POST"],
    bodyParser: false,
    middlewares: [jsonBody(), validateBody(ArtisanUpdateProduct)],
  },
  {
    matcher: "/artisan/orders",
    method: ["GET"],
    middlewares: [validateQuery(ArtisanOrdersParams)],
  },
  {
    matcher: "/artisan/income",
    method: ["GET"],
    middlewares: [validateQuery(ArtisanIncomeParams)],
  },
  {
    matcher: "/admin/moderation/products",
    method: ["GET"],
    middlewares: [validateQuery(AdminModerationParams)],
  },
  {
    matcher: "/admin/moderation/products/:id/reject",
    method: ["POST"],
    middlewares: [validateBody(AdminRejectProduct)],
  },
];
