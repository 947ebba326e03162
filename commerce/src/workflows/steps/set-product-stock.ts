import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils";

export interface SetProductStockInput {
  product_id: string;
  /** Total units in stock over the product's locations. */
  stock: number;
  /** Where to stock it when the product has no inventory level yet (its village workshop). */
  location_id?: string;
}

type Undo = {
  created: string | null;
  updated: { inventory_item_id: string; location_id: string; stocked_quantity: number } | null;
};

/**
 * Sets the stock of a product's single variant: its first inventory level takes whatever the other
 * levels do not hold; a product without a level gets one at `location_id`. The undo restores it.
 */
export const setProductStockStep = createStep(
  "set-product-stock",
  async (input: SetProductStockInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const inventory = container.resolve(Modules.INVENTORY);
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { product_id: input.product_id },
    });
    const itemId: string | undefined = variants[0]?.inventory_items?.[0]?.inventory_item_id;
    if (!itemId) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} has no stock to set`);
    }
    const levels = await inventory.listInventoryLevels(
      { inventory_item_id: itemId },
      { order: { created_at: "ASC" } },
    );
    const undo: Undo = { created: null, updated: null };
    const [first, ...others] = levels;
    if (!first) {
      if (!input.location_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "A stock location is required for a product's first stock",
        );
      }
      const created = await inventory.createInventoryLevels({
        inventory_item_id: itemId,
        location_id: input.location_id,
        stocked_quantity: input.stock,
      });
      undo.created = created.id;
      return new StepResponse(undefined, undo);
    }
    const elsewhere = others.reduce((sum, level) => sum + Number(level.stocked_quantity ?? 0), 0);
    undo.updated = {
      inventory_item_id: itemId,
      location_id: first.location_id,
      stocked_quantity: Number(first.stocked_quantity ?? 0),
    };
    await inventory.updateInventoryLevels([
      {
        inventory_item_id: itemId,
        location_id: first.location_id,
        stocked_quantity: Math.max(0, input.stock - elsewhere),
      },
    ]);
    return new StepResponse(undefined, undo);
  },
  async (undo, { container }) => {
    if (!undo) return;
    const inventory = container.resolve(Modules.INVENTORY);
    if (undo.created) await inventory.deleteInventoryLevels([undo.created]);
    if (undo.updated) await inventory.updateInventoryLevels([undo.updated]);
  },
);
