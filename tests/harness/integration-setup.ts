import type Medusa from "@medusajs/js-sdk";
import { afterAll, beforeAll, inject } from "vitest";
import { adminClient } from "./medusa-clients.ts";

// Runs in every integration test file: the products a file makes (published ones, or artisans' listings
// waiting for moderation) are deleted when it ends, or made drafts when an order holds their stock, so
// that the next file, and the end-to-end tests after them, see the sample catalogue and an empty
// moderation queue again, whatever order the files run in.
let admin: Medusa;
let before: Set<string>;

async function productIds(): Promise<string[]> {
  const { products } = await admin.admin.product.list({ limit: 5000, fields: "id" });
  return products.map((product) => product.id);
}

beforeAll(async () => {
  admin = await adminClient(inject("stack"));
  before = new Set(await productIds());
});

afterAll(async () => {
  if (!admin) return;
  for (const id of await productIds()) {
    if (before.has(id)) continue;
    await admin.admin.product.delete(id).catch(async (error: { status?: number }) => {
      if (error.status === 404) return;
      // Medusa keeps a product whose stock is reserved by an order: it is taken off the shop instead.
      await admin.admin.product.update(id, { status: "draft" });
    });
  }
});
