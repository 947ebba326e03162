import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import { dismissRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows";
import { Modules } from "@medusajs/framework/utils";
import { ARTISAN_MODULE } from "../modules/artisan";
import { deleteArtisanStep } from "./steps/delete-artisan";
import { KontumEvents } from "./events";

/** Deletes an artisan (soft) and unlinks their products, which stay on sale without a maker. */
export const deleteArtisanWorkflow = createWorkflow("delete-artisan", (input: { id: string }) => {
  const { data } = useQueryGraphStep({
    entity: "artisan",
    fields: ["id", "products.id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  });
  const links = transform({ data }, ({ data }) =>
    (data[0]?.products ?? []).flatMap((product: { id: string } | null) =>
      product
        ? [{ [Modules.PRODUCT]: { product_id: product.id }, [ARTISAN_MODULE]: { artisan_id: data[0].id } }]
        : [],
    ),
  );
  dismissRemoteLinkStep(links);
  deleteArtisanStep(input.id);
  emitEventStep({
    eventName: KontumEvents.ARTISAN_DELETED,
    data: transform({ data, input }, ({ data, input }) => ({
      id: input.id,
      product_ids: (data[0]?.products ?? []).flatMap((product: { id: string } | null) =>
        product ? [product.id] : [],
      ),
    })),
  });
  return new WorkflowResponse({ id: input.id });
});
