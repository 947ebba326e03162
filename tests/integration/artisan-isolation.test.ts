import { beforeAll, describe, expect, inject, it } from "vitest";
import type { ArtisanProduct } from "../../commerce/src/lib/artisan-products/types.ts";
import {
  artisanFetch,
  createArtisanAccount,
  expectJson,
  uniqueSuffix,
  type ArtisanAccount,
} from "../harness/artisans.ts";
import {
  approvedVariant,
  artisanIncome,
  createArtisanProduct,
  listArtisanOrders,
  listArtisanProducts,
  placeBuyerOrder,
  vietnamToday,
} from "../harness/artisan-products.ts";
import { regionOf, storeClient } from "../harness/medusa-clients.ts";
import { customerToken } from "../harness/customers.ts";
import { photoForm } from "../harness/photo-uploads.ts";
import { plainPhoto } from "../harness/photos.ts";

// Artisan A tries every artisan route with artisan B's ids: nothing of B's is ever read or changed.
const stack = inject("stack");
const store = storeClient(stack);
let a: ArtisanAccount;
let b: ArtisanAccount;
let bProduct: ArtisanProduct;
let bPhotoId: string;
let bOrderId: string;

async function bView(): Promise<ArtisanProduct> {
  const response = await artisanFetch(stack, b.token, `/artisan/products/${bProduct.id}`);
  return (await expectJson<{ product: ArtisanProduct }>(response, 200)).product;
}

beforeAll(async () => {
  [a, b] = await Promise.all([createArtisanAccount(stack), createArtisanAccount(stack)]);
  await createArtisanProduct(stack, a);
  bProduct = await createArtisanProduct(stack, b);
  const form = photoForm([{ data: await plainPhoto("jpeg") }]);
  const uploaded = await artisanFetch(stack, b.token, `/artisan/products/${bProduct.id}/photos`, {
    method: "POST",
    body: form,
  });
  bPhotoId = (await expectJson<{ product: ArtisanProduct }>(uploaded, 201)).product.photos[0].id;
  const region = (await regionOf(store, "vnd")).id;
  const variantId = await approvedVariant(stack, store, bProduct, region);
  bProduct = await bView();
  bOrderId = await placeBuyerOrder(store, region, [{ variant_id: variantId, quantity: 1 }]);
});

describe("artisan A and artisan B's products", () => {
  it("A cannot read B's product: 404, as if it did not exist", async () => {
    const response = await artisanFetch(stack, a.token, `/artisan/products/${bProduct.id}`);
    const error = await expectJson<{ type: string }>(response, 404);
    expect(error.type).toBe("not_found");
  });

  it("A's list holds only A's products", async () => {
    const { products } = await listArtisanProducts(stack, a);
    expect(products.length).toBe(1);
    expect(products.map((product) => product.id)).not.toContain(bProduct.id);
  });

  it("A cannot change B's product, add a photo to it or remove one of its photos; it stays as it was", async () => {
    const attempts = [
      artisanFetch(stack, a.token, `/artisan/products/${bProduct.id}`, {
        method: "POST",
        body: { price_vnd: 1_000 },
      }),
      artisanFetch(stack, a.token, `/artisan/products/${bProduct.id}`, {
        method: "POST",
        body: { title: { vi: "Sản phẩm bị chiếm" } },
      }),
      artisanFetch(stack, a.token, `/artisan/products/${bProduct.id}/photos`, {
        method: "POST",
        body: photoForm([{ data: await plainPhoto("png") }]),
      }),
      artisanFetch(stack, a.token, `/artisan/products/${bProduct.id}/photos/${bPhotoId}`, {
        method: "DELETE",
      }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(404);
    expect(await bView()).toEqual(bProduct);
  });

  it("A cannot move B's photo onto A's own product either", async () => {
    const { products } = await listArtisanProducts(stack, a);
    const response = await artisanFetch(
      stack,
      a.token,
      `/artisan/products/${products[0].id}/photos/${bPhotoId}`,
      {
        method: "DELETE",
      },
    );
    expect(response.status).toBe(404);
    expect((await bView()).photos.map((photo) => photo.id)).toEqual([bPhotoId]);
  });
});

describe("artisan A and artisan B's orders and income", () => {
  it("A does not see B's order; B does, with B's line", async () => {
    const ofA = await listArtisanOrders(stack, a);
    expect(ofA.orders.map((order) => order.id)).not.toContain(bOrderId);
    expect(ofA.count).toBe(0);
    const ofB = await listArtisanOrders(stack, b);
    expect(ofB.orders.map((order) => order.id)).toEqual([bOrderId]);
  });

  it("A's income leaves out B's sales", async () => {
    const today = vietnamToday();
    expect((await artisanIncome(stack, a, today, today)).total).toBe(0);
    expect((await artisanIncome(stack, b, today, today)).total).toBe(bProduct.price_vnd);
  });
});

describe("only curators publish", () => {
  it("a status in the artisan's body is refused (400) on create and update", async () => {
    const created = await artisanFetch(stack, a.token, "/artisan/products", {
      method: "POST",
      body: {
        title: { vi: "Gùi tự duyệt" },
        craft: "basketry",
        price_vnd: 100_000,
        stock: 1,
        status: "published",
      },
    });
    expect((await expectJson<{ code: string }>(created, 400)).code).toBe("status_not_allowed");
    const { products } = await listArtisanProducts(stack, a);
    const updated = await artisanFetch(stack, a.token, `/artisan/products/${products[0].id}`, {
      method: "POST",
      body: { status: "published" },
    });
    expect((await expectJson<{ code: string }>(updated, 400)).code).toBe("status_not_allowed");
    expect((await listArtisanProducts(stack, a)).products.map((product) => product.status)).toEqual([
      "proposed",
    ]);
  });

  it("the moderation routes answer 401 to an artisan's token", async () => {
    const { products } = await listArtisanProducts(stack, a);
    const id = products[0].id;
    const approve = await artisanFetch(stack, a.token, `/admin/moderation/products/${id}/approve`, {
      method: "POST",
    });
    const reject = await artisanFetch(stack, a.token, `/admin/moderation/products/${id}/reject`, {
      method: "POST",
      body: { reason: "Tự từ chối sản phẩm của mình" },
    });
    const queue = await artisanFetch(stack, a.token, "/admin/moderation/products");
    expect([approve.status, reject.status, queue.status]).toEqual([401, 401, 401]);
    expect((await listArtisanProducts(stack, a)).products[0].status).toBe("proposed");
  });
});

describe("no artisan, no access", () => {
  it("every route of products, orders and income answers 401 without a token or with a customer's", async () => {
    const customer = await customerToken(stack, `khach-${uniqueSuffix()}@example.test`);
    const routes: [string, string][] = [
      ["GET", "/artisan/products"],
      ["POST", "/artisan/products"],
      ["GET", `/artisan/products/${bProduct.id}`],
      ["POST", `/artisan/products/${bProduct.id}`],
      ["GET", "/artisan/orders"],
      ["GET", "/artisan/income?from=2026-01-01&to=2026-01-31"],
    ];
    for (const token of [null, customer]) {
      for (const [method, path] of routes) {
        const body = method === "POST" ? { price_vnd: 2_000 } : undefined;
        const response = await artisanFetch(stack, token, path, { method, body });
        expect(`${method} ${path}: ${response.status}`).toBe(`${method} ${path}: 401`);
      }
    }
    expect(await bView()).toEqual(bProduct);
  });
});
