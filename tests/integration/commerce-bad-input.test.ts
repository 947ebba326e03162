import { beforeAll, describe, expect, inject, it } from "vitest";
import { productFixtures } from "../../commerce/src/scripts/seed/fixtures/products/index.ts";
import { listCatalog } from "../harness/catalog.ts";
import { cartWith, placeOrder, VIETNAM_ADDRESS } from "../harness/checkout.ts";
import { adminClient, regionOf, rejection, storeClient } from "../harness/medusa-clients.ts";

// Bad input gets a 4xx that says what is wrong, and leaves no line, order or reservation behind.
const stack = inject("stack");
const sdk = storeClient(stack);
let vnd: string;

async function variantOf(pick: (stock: number) => boolean) {
  const fixture = productFixtures.find((product) => pick(product.variants[0].stock));
  if (!fixture) throw new Error("no such sample product");
  const { products } = await listCatalog(sdk, { region_id: vnd, handle: fixture.handle });
  return { fixture, variant: products[0].variants[0] };
}

async function reservationsOf(variantSku: string): Promise<number> {
  const admin = await adminClient(stack);
  const { inventory_items } = await admin.admin.inventoryItem.list({
    sku: variantSku,
    fields: "id,reserved_quantity",
  });
  return Number(inventory_items[0]?.reserved_quantity ?? 0);
}

beforeAll(async () => {
  vnd = (await regionOf(sdk, "vnd")).id;
});

describe("bad input", () => {
  it("refuses a zero or negative quantity and leaves the cart empty", async () => {
    const { variant } = await variantOf((stock) => stock > 2);
    const { cart } = await sdk.store.cart.create({ region_id: vnd });
    for (const quantity of [0, -1]) {
      const { status } = await rejection(
        sdk.store.cart.createLineItem(cart.id, { variant_id: variant.id, quantity }),
      );
      expect(status).toBe(400);
    }
    const { cart: after } = await sdk.store.cart.retrieve(cart.id);
    expect(after.items ?? []).toEqual([]);
  });

  it("refuses an unknown variant", async () => {
    const { cart } = await sdk.store.cart.create({ region_id: vnd });
    const { status, message } = await rejection(
      sdk.store.cart.createLineItem(cart.id, { variant_id: "variant_does_not_exist", quantity: 1 }),
    );
    expect([400, 404]).toContain(status);
    expect(message).toMatch(/variant/i);
  });

  it("refuses an invalid email and keeps the previous one", async () => {
    const { cart } = await sdk.store.cart.create({ region_id: vnd, email: "khach@example.com" });
    const { status } = await rejection(sdk.store.cart.update(cart.id, { email: "not-an-email" }));
    expect(status).toBe(400);
    const { cart: after } = await sdk.store.cart.retrieve(cart.id);
    expect(after.email).toBe("khach@example.com");
  });

  it("refuses a country that no region serves", async () => {
    const { cart } = await sdk.store.cart.create({ region_id: vnd });
    const { status, message } = await rejection(
      sdk.store.cart.update(cart.id, { shipping_address: { ...VIETNAM_ADDRESS, country_code: "cn" } }),
    );
    expect(status).toBe(400);
    expect(message).toMatch(/country/i);
  });

  it("refuses more than the stock, and an out-of-stock item", async () => {
    const { fixture, variant } = await variantOf((stock) => stock > 0);
    const { cart } = await sdk.store.cart.create({ region_id: vnd });
    const tooMany = await rejection(
      sdk.store.cart.createLineItem(cart.id, {
        variant_id: variant.id,
        quantity: fixture.variants[0].stock + 1,
      }),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.message).toMatch(/inventory/i);

    const soldOut = productFixtures.find((product) => product.variants.every((v) => v.stock === 0));
    expect(soldOut).toBeDefined();
    const { products } = await listCatalog(sdk, { region_id: vnd, handle: soldOut!.handle });
    const none = await rejection(
      sdk.store.cart.createLineItem(cart.id, { variant_id: products[0].variants[0].id, quantity: 1 }),
    );
    expect(none.status).toBe(400);
    const { cart: after } = await sdk.store.cart.retrieve(cart.id);
    expect(after.items ?? []).toEqual([]);
  });

  it("when two buyers want the last pieces, the second order is refused and nothing is half-done", async () => {
    const { fixture, variant } = await variantOf((stock) => stock >= 1 && stock <= 3);
    const { products } = await listCatalog(sdk, { region_id: vnd, handle: fixture.handle });
    const available = products[0].variants[0].inventory_quantity ?? 0;
    expect(available).toBeGreaterThan(0);
    const first = await cartWith(sdk, vnd, [{ variant_id: variant.id, quantity: available }]);
    const second = await cartWith(sdk, vnd, [{ variant_id: variant.id, quantity: available }]);
    await placeOrder(sdk, first, { shipping: "Giao hàng tận nơi", provider: "pp_system_default" });
    const reserved = await reservationsOf(variant.sku!);

    const failure = await rejection(
      placeOrder(sdk, second, { shipping: "Giao hàng tận nơi", provider: "pp_system_default" }),
    ).catch((error: Error) => ({ status: 0, message: error.message }));
    expect(failure.message).toMatch(/stock|inventory|not placed/i);
    expect(await reservationsOf(variant.sku!)).toBe(reserved);
    const admin = await adminClient(stack);
    const { orders } = await admin.admin.order.list({ fields: "id,email", limit: 200 });
    const { cart } = await sdk.store.cart.retrieve(second.id, { fields: "id,completed_at" });
    expect(cart.completed_at ?? null).toBeNull();
    expect(orders.length).toBeGreaterThan(0);
  });
});
