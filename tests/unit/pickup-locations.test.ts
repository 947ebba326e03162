import { describe, expect, it } from "vitest";
import { locationsHoldingAll, pickupReadyAttribute } from "../../commerce/src/lib/pickup-locations.ts";

// Pickup in a village is offered only where the whole cart is in stock.
describe("locationsHoldingAll", () => {
  const line = (quantity: number, availableAt: Record<string, number>) => ({
    quantity,
    unconstrained: false,
    items: [{ required: 1, availableAt }],
  });

  it("keeps the locations that hold every line in the wanted quantity", () => {
    const lines = [line(2, { a: 5, b: 1 }), line(1, { a: 1, b: 3 })];
    expect(locationsHoldingAll(lines, ["a", "b"])).toEqual(["a"]);
  });

  it("offers none for an empty cart, or when no location holds everything", () => {
    expect(locationsHoldingAll([], ["a"])).toEqual([]);
    expect(locationsHoldingAll([line(1, { a: 1 }), line(1, { b: 1 })], ["a", "b"])).toEqual([]);
  });

  it("ignores lines whose stock is not tracked, and counts kit items", () => {
    const untracked = { quantity: 9, unconstrained: true, items: [] };
    const kit = { quantity: 2, unconstrained: false, items: [{ required: 3, availableAt: { a: 6, b: 5 } }] };
    expect(locationsHoldingAll([untracked, kit], ["a", "b"])).toEqual(["a"]);
  });

  it("names a flat context key per location", () => {
    expect(pickupReadyAttribute("sloc_1")).toBe("pickup_ready_sloc_1");
  });
});
