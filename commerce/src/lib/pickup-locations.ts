/** A cart line and the stock of its variant, per location. */
export interface LineStock {
  quantity: number;
  /** Stock is not tracked, or backorders are allowed: any location will do. */
  unconstrained: boolean;
  /** Per inventory item of the variant: units per line unit, and units available at each location. */
  items: { required: number; availableAt: Record<string, number> }[];
}

/**
 * The context key that a location's pickup options test: `pickup_ready_<location id>` equals "true".
 * Flat on purpose: Query treats nested context objects as contexts of relations.
 */
export function pickupReadyAttribute(locationId: string): string {
  return `pickup_ready_${locationId}`;
}

/** Locations that hold every line of the cart, so that it can be picked up there. */
export function locationsHoldingAll(lines: LineStock[], locationIds: string[]): string[] {
  if (!lines.length) return [];
  return locationIds.filter((locationId) =>
    lines.every(
      (line) =>
        line.unconstrained ||
        line.items.every((item) => (item.availableAt[locationId] ?? 0) >= item.required * line.quantity),
    ),
  );
}
