import { beforeAll, describe, expect, inject, it } from "vitest";
import { parseVietQrPayload } from "../../commerce/src/modules/vietqr/lib/index.ts";
import type { StoreVietQrTransferResponse } from "../../commerce/src/api/store/types.ts";
import { artisanFixtures } from "../../commerce/src/scripts/seed/fixtures/artisans.ts";
import { productFixtures } from "../../commerce/src/scripts/seed/fixtures/products/index.ts";
import { villageFixtures } from "../../commerce/src/scripts/seed/fixtures/villages.ts";
import { listCatalog } from "../harness/catalog.ts";
import { cartWith, FOREIGN_ADDRESS, optionsFor, placeOrder } from "../harness/checkout.ts";
import { adminClient, regionOf, storeClient } from "../harness/medusa-clients.ts";

// A buyer orders for real: cart → address → shipping → payment → order, against Medusa and Postgres.
const stack = inject("stack");
const sdk = storeClient(stack);
const COD = "pp_system_default";
const VIETQR = "pp_vietqr_vietqr";
let vnd: string;
let usd: string;

/** A product with at least `quantity` in stock on its first variant, and its village. */
async function productInStock(quantity: number, skip = 0) {
  const fixture = productFixtures.filter((product) => product.variants[0].stock >= quantity + 2)[skip];
  const { products } = await listCatalog(sdk, { region_id: vnd, handle: fixture.handle });
  const artisan = artisanFixtures.find((candidate) => candidate.handle === fixture.artisanHandle);
  const village = villageFixtures.find((candidate) => candidate.handle === artisan?.villageHandle);
  if (!village) throw new Error(`no village for ${fixture.handle}`);
  return { fixture, product: products[0], variant: products[0].variants[0], village };
}

beforeAll(async () => {
  vnd = (await regionOf(sdk, "vnd")).id;
  usd = (await regionOf(sdk, "usd")).id;
});

describe("shipping options", () => {
  it("offers delivery, the centre and the pickup in the maker's village (only that one) in Vietnam", async () => {
    const { variant, village } = await productInStock(1);
    const cart = await cartWith(sdk, vnd, [{ variant_id: variant.id, quantity: 1 }]);
    const names = (await optionsFor(sdk, cart.id)).map((option) => option.name);
    expect(names).toContain("Giao hàng tận nơi");
    expect(names).toContain("Nhận tại Trung tâm Thông tin Du lịch Kon Tum");
    expect(names).toContain(`Nhận tại ${village.name}`);
    const otherVillages = villageFixtures.filter((candidate) => candidate.handle !== village.handle);
    for (const other of otherVillages) expect(names).not.toContain(`Nhận tại ${other.name}`);
    expect(names).not.toContain("International delivery");
  });

  it("offers only international delivery, in dollars, abroad", async () => {
    const { variant } = await productInStock(1);
    const cart = await cartWith(sdk, usd, [{ variant_id: variant.id, quantity: 1 }], FOREIGN_ADDRESS);
    const options = await optionsFor(sdk, cart.id);
    expect(options.map((option) => [option.name, option.amount])).toEqual([["International delivery", 25]]);
  });
});

describe("placing orders", () => {
  it("village pickup, cash on delivery: the order has the right total and stock goes down by 2", async () => {
    const { fixture, variant, village } = await productInStock(2);
    const before = variant.inventory_quantity ?? 0;
    const cart = await cartWith(sdk, vnd, [{ variant_id: variant.id, quantity: 2 }]);
    const order = await placeOrder(sdk, cart, { shipping: `Nhận tại ${village.name}`, provider: COD });
    expect(order.display_id).toBeGreaterThan(0);
    expect(order.currency_code).toBe("vnd");
    expect(order.total).toBe(2 * fixture.variants[0].vnd);
    expect(order.shipping_total).toBe(0);

    const { products } = await listCatalog(sdk, { region_id: vnd, handle: fixture.handle });
    expect(products[0].variants[0].inventory_quantity).toBe(before - 2);

    const admin = await adminClient(stack);
    const { order: stored } = await admin.admin.order.retrieve(order.id, { fields: "id,total,*items" });
    expect(stored.total).toBe(2 * fixture.variants[0].vnd);
    expect(stored.items?.[0]?.quantity).toBe(2);
  });

  it("home delivery, cash on delivery: the flat 35 000 ₫ rate is added", async () => {
    const { fixture, variant } = await productInStock(1, 1);
    const cart = await cartWith(sdk, vnd, [{ variant_id: variant.id, quantity: 1 }]);
    const order = await placeOrder(sdk, cart, { shipping: "Giao hàng tận nơi", provider: COD });
    expect(order.shipping_total).toBe(35000);
    expect(order.total).toBe(fixture.variants[0].vnd + 35000);
  });

  it("VietQR: the order carries a payload with its amount, its reference and a valid CRC", async () => {
    const { fixture, variant } = await productInStock(1, 2);
    const cart = await cartWith(sdk, vnd, [{ variant_id: variant.id, quantity: 1 }]);
    const order = await placeOrder(sdk, cart, { shipping: "Giao hàng tận nơi", provider: VIETQR });
    const { transfer } = await sdk.client.fetch<StoreVietQrTransferResponse>(
      `/store/orders/${order.id}/vietqr`,
    );
    expect(transfer.amount).toBe(fixture.variants[0].vnd + 35000);
    expect(transfer.reference).toBe(`KTC DH${order.display_id}`);
    expect(transfer.qr_svg).toContain("<svg");
    expect(transfer.qr_png_data_url).toMatch(/^data:image\/png;base64,/);
    const parsed = parseVietQrPayload(transfer.payload);
    expect(parsed.crcValid).toBe(true);
    expect(parsed.amountVnd).toBe(transfer.amount);
    expect(parsed.purpose).toBe(transfer.reference);
    expect(parsed.bankBin).toBe(transfer.bank_bin);
    expect(parsed.accountNumber).toBe(transfer.account_number);
    expect(transfer.status).toBe("awaiting_transfer");
  });

  it("VietQR is not offered for dollar carts, and a cash order has no VietQR transfer", async () => {
    const { regions } = await sdk.store.region.list({ fields: "id,*payment_providers" });
    const international = regions.find((region) => region.id === usd);
    expect(international?.payment_providers?.map((provider) => provider.id)).toEqual([COD]);
    const { variant } = await productInStock(1, 3);
    const cart = await cartWith(sdk, vnd, [{ variant_id: variant.id, quantity: 1 }]);
    const order = await placeOrder(sdk, cart, { shipping: "Giao hàng tận nơi", provider: COD });
    await expect(sdk.client.fetch(`/store/orders/${order.id}/vietqr`)).rejects.toMatchObject({ status: 404 });
  });
});
