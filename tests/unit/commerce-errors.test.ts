import { FetchError } from "@medusajs/js-sdk";
import { describe, expect, it } from "vitest";
import { callMedusa, CommerceError } from "../../site/lib/commerce/errors.ts";

// What a page does with a Medusa failure depends on its kind: away (friendly page), 404, or refused.
const failWith = (error: unknown) => callMedusa("list products", () => Promise.reject(error));

describe("callMedusa", () => {
  it("passes results through", async () => {
    await expect(callMedusa("x", async () => 42)).resolves.toBe(42);
  });

  it("reports an unreachable Medusa as unavailable, with the reason", async () => {
    const refused = new TypeError("fetch failed", {
      cause: new Error("connect ECONNREFUSED 127.0.0.1:9000"),
    });
    const error = await failWith(refused).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommerceError);
    expect(error).toMatchObject({ kind: "unavailable", status: undefined });
    expect(String(error)).toContain("ECONNREFUSED");
  });

  it("keeps the HTTP status: 5xx is unavailable, 404 not found, other 4xx refused", async () => {
    await expect(failWith(new FetchError("boom", "Bad Gateway", 502))).rejects.toMatchObject({
      kind: "unavailable",
      status: 502,
    });
    await expect(failWith(new FetchError("missing", "Not Found", 404))).rejects.toMatchObject({
      kind: "not-found",
      status: 404,
    });
    await expect(failWith(new FetchError("key required", "Bad Request", 400))).rejects.toMatchObject({
      kind: "rejected",
      status: 400,
    });
  });
});
