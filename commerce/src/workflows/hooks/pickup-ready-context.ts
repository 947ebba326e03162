import {
  listShippingOptionsForCartWithPricingWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows";
import { StepResponse } from "@medusajs/framework/workflows-sdk";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import type { MedusaContainer } from "@medusajs/framework/types";
import { locationsHoldingAll, pickupReadyAttribute, type LineStock } from "../../lib/pickup-locations";

interface InventoryLink {
  required_quantity?: number | string | null;
  inventory?: {
    location_levels?:
      ({ location_id?: string; stocked_quantity?: unknown; reserved_quantity?: unknown } | null)[] | null;
  } | null;
}

interface CartLine {
  variant_id?: string | null;
  quantity?: number | string | null;
}

/**
 * Pickup in a village is offered only when that village's workshop holds everything in the cart:
 * the context gets `pickup_ready_<location id>: "true"` for those locations, and each village pickup
 * option has the rule `pickup_ready_<its location id> eq "true"` (seed/shipping-options.ts).
 */
async function pickupReadyContext(
  { cart }: { cart: { items?: (CartLine | null)[] | null } },
  { container }: { container: MedusaContainer },
) {
  const lines = (cart.items ?? []).flatMap((line) => (line?.variant_id ? [line] : []));
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: variants } = lines.length
    ? await query.graph({
        entity: "product_variant",
        fields: [
          "id",
          "manage_inventory",
          "allow_backorder",
          "inventory_items.required_quantity",
          "inventory_items.inventory.location_levels.location_id",
          // available_quantity is computed by the inventory service, not stored: Query cannot read it.
          "inventory_items.inventory.location_levels.stocked_quantity",
          "inventory_items.inventory.location_levels.reserved_quantity",
        ],
        filters: { id: lines.map((line) => line.variant_id as string) },
      })
    : { data: [] };
  const locationIds = new Set<string>();
  const stock: LineStock[] = lines.map((line) => {
    const variant = variants.find((row) => row.id === line.variant_id);
    return {
      quantity: Number(line.quantity ?? 0),
      unconstrained: !variant?.manage_inventory || Boolean(variant?.allow_backorder),
      items: ((variant?.inventory_items ?? []) as (InventoryLink | null)[]).map((link) => {
        const availableAt: Record<string, number> = {};
        for (const level of link?.inventory?.location_levels ?? []) {
          if (!level?.location_id) continue;
          locationIds.add(level.location_id);
          availableAt[level.location_id] =
            Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0);
        }
        return { required: Number(link?.required_quantity ?? 1), availableAt };
      }),
    };
  });
  const ready = locationsHoldingAll(stock, [...locationIds]);
  return new StepResponse(Object.fromEntries(ready.map((id) => [pickupReadyAttribute(id), "true"])));
}

listShippingOptionsForCartWithPricingWorkflow.hooks.setShippingOptionsContext(pickupReadyContext);
listShippingOptionsForCartWorkflow.hooks.setShippingOptionsContext(pickupReadyContext);
