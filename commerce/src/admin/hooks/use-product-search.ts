import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { sdk } from "../lib/sdk";

export interface ProductHit {
  id: string;
  title: string;
  handle: string;
  thumbnail: string | null;
}

/** GET /admin/products?q=: a few products whose title matches, for pickers. */
export function useProductSearch(q: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ["kontum", "product-search", q] as const,
    queryFn: async () => {
      const { products } = await sdk.admin.product.list({
        ...(q ? { q } : {}),
        limit: 8,
        fields: "id,title,handle,thumbnail",
      });
      return products.map((product): ProductHit => ({
        id: product.id,
        title: product.title,
        handle: product.handle,
        thumbnail: product.thumbnail ?? null,
      }));
    },
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** GET /admin/products/:id (its title), for a product chosen elsewhere (a link's ?product_id=). */
export function useProductTitle(id: string | undefined) {
  return useQuery({
    queryKey: ["kontum", "product-title", id] as const,
    queryFn: async () => (await sdk.admin.product.retrieve(id ?? "", { fields: "id,title" })).product.title,
    enabled: !!id,
  });
}
