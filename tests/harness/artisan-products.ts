import type {
  ArtisanIncome,
  ArtisanOrdersResponse,
  ArtisanProduct,
  ArtisanProductsResponse,
  ModerationProduct,
} from "../../commerce/src/lib/artisan-products/types.ts";
import type Medusa from "@medusajs/js-sdk";
import { artisanFetch, expectJson, uniqueSuffix, type ArtisanAccount } from "./artisans.ts";
import { cartWith, placeOrder } from "./checkout.ts";
import { adminClient } from "./medusa-clients.ts";
import type { TestStackInfo } from "./test-stack.ts";

/** A new product as the portal sends it (a test may override any field); the title carries a unique word. */
export function productBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const word = `thu${uniqueSuffix()}`;
  return {
    title: { vi: `Gùi đan ${word}`, en: `Woven basket ${word}` },
    description: {
      vi: "Gùi đan tay bằng mây (dữ liệu thử nghiệm).",
      en: "Hand-woven rattan basket (test data).",
    },
    craft: "basketry",
    materials: [
      { name: { vi: "Mây", en: "Rattan" }, origin: { vi: "Rừng quanh làng", en: "Forest near the village" } },
    ],
    price_vnd: 350_000,
    stock: 4,
    dimensions: { length_cm: 30, width_cm: 30, height_cm: 45, weight_g: 800 },
    ...overrides,
  };
}

/** POST /artisan/products as the artisan; fails unless 201. */
export async function createArtisanProduct(
  stack: TestStackInfo,
  account: ArtisanAccount,
  body: Record<string, unknown> = productBody(),
): Promise<ArtisanProduct> {
  const response = await artisanFetch(stack, account.token, "/artisan/products", { method: "POST", body });
  return (await expectJson<{ product: ArtisanProduct }>(response, 201)).product;
}

/** POST /artisan/products/:id as the artisan; fails unless 200. */
export async function updateArtisanProduct(
  stack: TestStackInfo,
  account: ArtisanAccount,
  id: string,
  body: Record<string, unknown>,
): Promise<ArtisanProduct> {
  const response = await artisanFetch(stack, account.token, `/artisan/products/${id}`, {
    method: "POST",
    body,
  });
  return (await expectJson<{ product: ArtisanProduct }>(response, 200)).product;
}

/** GET /artisan/products (first 100) as the artisan. */
export async function listArtisanProducts(stack: TestStackInfo, account: ArtisanAccount) {
  const response = await artisanFetch(stack, account.token, "/artisan/products?limit=100");
  return expectJson<ArtisanProductsResponse>(response, 200);
}

export async function listArtisanOrders(stack: TestStackInfo, account: ArtisanAccount) {
  const response = await artisanFetch(stack, account.token, "/artisan/orders?limit=100");
  return expectJson<ArtisanOrdersResponse>(response, 200);
}

export async function artisanIncome(stack: TestStackInfo, account: ArtisanAccount, from: string, to: string) {
  const response = await artisanFetch(stack, account.token, `/artisan/income?from=${from}&to=${to}`);
  return expectJson<ArtisanIncome>(response, 200);
}

/** A curator's decision through the admin API (the seeded admin). */
export async function moderate(
  stack: TestStackInfo,
  id: string,
  decision: "approve" | "reject",
  reason?: string,
): Promise<ModerationProduct> {
  const admin = await adminClient(stack);
  const { product } = await admin.client.fetch<{ product: ModerationProduct }>(
    `/admin/moderation/products/${id}/${decision}`,
    { method: "POST", body: decision === "reject" ? { reason } : {} },
  );
  return product;
}

/** Approves the artisan's product, then finds its variant in the store: the id a buyer adds to a cart. */
export async function approvedVariant(
  stack: TestStackInfo,
  store: Medusa,
  product: ArtisanProduct,
  regionId: string,
): Promise<string> {
  await moderate(stack, product.id, "approve");
  const { products } = await store.store.product.list({ handle: product.handle, region_id: regionId });
  const id = products[0]?.variants?.[0]?.id;
  if (!id) throw new Error(`no variant for ${product.handle}`);
  return id;
}

/** A buyer's order of `lines`, delivered to the door and paid with the system provider; its id. */
export async function placeBuyerOrder(
  store: Medusa,
  regionId: string,
  lines: { variant_id: string; quantity: number }[],
): Promise<string> {
  const cart = await cartWith(store, regionId, lines);
  return (await placeOrder(store, cart, { shipping: "Giao hàng tận nơi", provider: "pp_system_default" })).id;
}

/** Today in Vietnam (Asia/Ho_Chi_Minh), YYYY-MM-DD. */
export function vietnamToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
}

/** The JSON error body `{ type, message, code }` of a response with the given status. */
export async function expectError(
  response: Response,
  status: number,
): Promise<{ type: string; message: string; code?: string }> {
  return expectJson(response, status);
}
