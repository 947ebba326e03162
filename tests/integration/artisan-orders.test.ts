import { beforeAll, describe, expect, inject, it } from "vitest";
import type { ArtisanProduct } from "../../commerce/src/lib/artisan-products/types.ts";
import { artisanFetch, createArtisanAccount, expectJson, type ArtisanAccount } from "../harness/artisans.ts";
import {
  approvedVariant,
  artisanIncome,
  createArtisanProduct,
  listArtisanOrders,
  placeBuyerOrder,
  productBody,
  vietnamToday,
} from "../harness/artisan-products.ts";
import { VIETNAM_ADDRESS } from "../harness/checkout.ts";
import { regionOf, storeClient } from "../harness/medusa-clients.ts";

// A buyer orders a product of artisan A and one of artisan B in one cart: each sees only their own lines.
const stack = inject("stack");
const store = storeClient(stack);
let a: ArtisanAccount;
let b: ArtisanAccount;
let aProduct: ArtisanProduct;
let bProduct: ArtisanProduct;
let orderId: string;

beforeAll(async () => {
  [a, b] = await Promise.all([createArtisanAccount(stack), createArtisanAccount(stack)]);
  aProduct = await createArtisanProduct(stack, a, productBody({ price_vnd: 250_000, stock: 5 }));
  bProduct = await createArtisanProduct(stack, b, productBody({ price_vnd: 600_000, stock: 5 }));
  const region = (await regionOf(store, "vnd")).id;
  orderId = await placeBuyerOrder(store, region, [
    { variant_id: await approvedVariant(stack, store, aProduct, region), quantity: 2 },
    { variant_id: await approvedVariant(stack, store, bProduct, region), quantity: 1 },
  ]);
});

describe("the artisan's orders", () => {
  it("show only the artisan's own lines, the delivery, and nothing of the buyer beyond first name and city", async () => {
    const { orders, count } = await listArtisanOrders(stack, a);
    expect(count).toBe(1);
    const [order] = orders;
    expect(order).toMatchObject({
      id: orderId,
      delivery: "shipping",
      currency_code: "vnd",
      artisan_total: 500_000,
      buyer: { first_name: VIETNAM_ADDRESS.first_name, city: VIETNAM_ADDRESS.city },
      payment_status: expect.any(String),
      fulfillment_status: "not_fulfilled",
    });
    expect(order.display_id).toBeGreaterThan(0);
    expect(order.items).toEqual([
      { title: aProduct.title.vi, quantity: 2, unit_price: 250_000, total: 500_000, thumbnail: null },
    ]);
    const text = JSON.stringify(order);
    for (const secret of [
      VIETNAM_ADDRESS.phone,
      VIETNAM_ADDRESS.address_1,
      "khach.mau@example.com",
      bProduct.title.vi,
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it("B's list holds the same order with B's line only", async () => {
    const { orders } = await listArtisanOrders(stack, b);
    expect(orders.map((order) => [order.id, order.artisan_total, order.items.length])).toEqual([
      [orderId, 600_000, 1],
    ]);
  });
});

describe("the artisan's income", () => {
  it("for today equals the artisan's lines, per product too", async () => {
    const today = vietnamToday();
    expect(await artisanIncome(stack, a, today, today)).toEqual({
      from: today,
      to: today,
      currency_code: "vnd",
      total: 500_000,
      orders: 1,
      items: 2,
      by_product: [{ product_id: aProduct.id, title: aProduct.title.vi, quantity: 2, total: 500_000 }],
    });
  });

  it("is 0 for a period without orders", async () => {
    const income = await artisanIncome(stack, a, "2025-01-01", "2025-12-31");
    expect(income).toMatchObject({ total: 0, orders: 0, items: 0, by_product: [] });
  });

  it("refuses a period that is backwards, too long or not a date, with a code", async () => {
    for (const query of [
      "from=2026-02-01&to=2026-01-01",
      "from=2024-01-01&to=2025-12-31",
      "from=2026-02-30&to=2026-03-01",
    ]) {
      const response = await artisanFetch(stack, a.token, `/artisan/income?${query}`);
      expect((await expectJson<{ code: string }>(response, 400)).code).toBe("invalid_period");
    }
    const missing = await artisanFetch(stack, a.token, "/artisan/income?from=2026-01-01");
    expect((await expectJson<{ code: string }>(missing, 400)).code).toBe("invalid_to");
  });
});
