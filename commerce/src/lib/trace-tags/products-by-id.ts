import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import type { AdminTraceProduct } from "../../api/admin/trace-records/types";

/** The products of some records, by id (one query). */
export async function productsById(
  container: MedusaContainer,
  ids: string[],
): Promise<Map<string, AdminTraceProduct>> {
  if (!ids.length) return new Map();
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail"],
    filters: { id: [...new Set(ids)] },
  });
  return new Map(
    (data as AdminTraceProduct[]).map((product) => [
      product.id,
      { id: product.id, title: product.title, handle: product.handle, thumbnail: product.thumbnail ?? null },
    ]),
  );
}
