import {
  configureStoreSearch,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http";
import { AdminArtisansParams, AdminCreateArtisan, AdminUpdateArtisan } from "./admin/artisans/validators";
import { AdminUpsertProductCraft } from "./admin/products/[id]/craft/validators";
import { artisanAccountMiddlewares } from "./artisan/middlewares";
import { artisanProductMiddlewares } from "./artisan/product-middlewares";
import { artisanTraceMiddlewares } from "./artisan/trace-middlewares";
import { plainProductHandle } from "./admin/products/plain-handle";
import { StoreArtisanParams, StoreArtisansParams } from "./store/artisans/validators";
import { StoreCatalogProductsParams } from "./store/catalog/validators";
import { STORE_SEARCH_INDEXES } from "./store/search-indexes";
import { curationMiddlewares } from "./curation-middlewares";
import { traceMiddlewares } from "./trace-middlewares";
import { markMiddlewares } from "./mark-middlewares";
import { photoMiddlewares } from "./photo-middlewares";

// Our routes read `req.validatedQuery` themselves; the query config only satisfies the validator.
const queryConfig = { defaults: ["id"], isList: false };

export default defineMiddlewares({
  routes: [
    ...artisanAccountMiddlewares,
    ...artisanProductMiddlewares,
    ...artisanTraceMiddlewares,
    ...curationMiddlewares,
    ...traceMiddlewares,
    ...markMiddlewares,
    ...photoMiddlewares,
    {
      // Medusa's POST /store/search answers only for the indexes opted in here; for product indexes it
      // keeps published products of the publishable key's sales channels itself.
      matcher: "/store/search",
      method: ["POST"],
      middlewares: [configureStoreSearch({ allowed_indexes: STORE_SEARCH_INDEXES })],
    },
    {
      matcher: "/store/catalog/products",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreCatalogProductsParams, queryConfig)],
    },
    {
      matcher: "/store/artisans",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreArtisansParams, queryConfig)],
    },
    {
      matcher: "/store/artisans/:handle",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreArtisanParams, queryConfig)],
    },
    {
      matcher: "/admin/artisans",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminArtisansParams, queryConfig)],
    },
    {
      matcher: "/admin/artisans",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateArtisan)],
    },
    {
      matcher: "/admin/artisans/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateArtisan)],
    },
    {
      matcher: "/admin/products",
      method: ["POST"],
      middlewares: [plainProductHandle],
    },
    {
      matcher: "/admin/products/:id/craft",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpsertProductCraft)],
    },
  ],
});
