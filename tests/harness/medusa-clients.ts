import Medusa, { FetchError } from "@medusajs/js-sdk";
import type { HttpTypes } from "@medusajs/types";
import type { TestStackInfo } from "./test-stack.ts";

/** A storefront client (publishable key) of the test stack. */
export function storeClient(stack: TestStackInfo): Medusa {
  return new Medusa({ baseUrl: stack.medusa, publishableKey: stack.publishableKey });
}

/** An admin client of the test stack, logged in as the seeded admin (JWT). */
export async function adminClient(stack: TestStackInfo): Promise<Medusa> {
  const sdk = new Medusa({ baseUrl: stack.medusa, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } });
  await sdk.auth.login("user", "emailpass", { email: stack.admin.email, password: stack.admin.password });
  return sdk;
}

/** The region whose currency is `currency` ("vnd" or "usd"). */
export async function regionOf(sdk: Medusa, currency: string): Promise<HttpTypes.StoreRegion> {
  const { regions } = await sdk.store.region.list();
  const region = regions.find((candidate) => candidate.currency_code === currency);
  if (!region) throw new Error(`no region in ${currency}`);
  return region;
}

/** The HTTP status and message of a rejected SDK call; fails when the call succeeded. */
export async function rejection(call: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof FetchError) return { status: error.status ?? 0, message: error.message };
    throw error;
  }
  throw new Error("expected the call to be rejected, but it succeeded");
}
