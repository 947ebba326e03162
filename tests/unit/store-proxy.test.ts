import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { proxyToMedusa, targetUrl } from "../../site/lib/commerce/store-proxy.ts";
import { lineItemErrorOf } from "../../site/lib/commerce/cart/line-item-error.ts";

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("the store proxy", () => {
  it("forwards only paths under /store/", () => {
    expect(targetUrl("http://medusa:9000", "carts/cart_1", "?fields=id")?.href).toBe(
      "http://medusa:9000/store/carts/cart_1?fields=id",
    );
    expect(targetUrl("http://medusa:9000", "../admin/orders", "")).toBeUndefined();
    expect(targetUrl("http://medusa:9000", "carts/%2e%2e/admin", "")).toBeUndefined();
    expect(targetUrl("http://medusa:9000", "", "")).toBeUndefined();
  });

  it("answers 503 in JSON when Medusa cannot be reached", async () => {
    const port = await closedPort();
    const response = await proxyToMedusa(new Request("http://site/store/carts/cart_1"), "carts/cart_1", {
      backendUrl: `http://127.0.0.1:${port}`,
      publishableKey: "pk_test",
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("30");
    expect(await response.json()).toMatchObject({ type: "unavailable" });
  });

  it("refuses methods the store does not use", async () => {
    const response = await proxyToMedusa(new Request("http://site/store/carts", { method: "PUT" }), "carts", {
      backendUrl: "http://127.0.0.1:1",
      publishableKey: undefined,
    });
    expect(response.status).toBe(405);
  });
});

describe("Medusa's refusals of a cart line, in the cart page's words", () => {
  it("tells stock, unknown products and quantities apart", () => {
    expect(lineItemErrorOf("Some variant does not have the required inventory", 400)).toBe("out-of-stock");
    expect(
      lineItemErrorOf("Variants variant_x do not exist or belong to a product that is not published", 400),
    ).toBe("unknown-variant");
    expect(lineItemErrorOf("Invalid request: Value for field 'quantity' too small", 400)).toBe(
      "bad-quantity",
    );
  });
});
