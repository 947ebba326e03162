import { beforeAll, describe, expect, inject, it } from "vitest";
import { vi as viText } from "../../site/i18n/vi.ts";
import { artisanFetch, createArtisanAccount, expectJson, type ArtisanAccount } from "../harness/artisans.ts";

// The artisan portal's proxy (/portal-api/*) and pages, against the real storefront and Medusa: the JWT
// lives in an httpOnly cookie and never reaches the browser's JavaScript; only the artisan routes pass.
const stack = inject("stack");
const origin = new URL(stack.storefront).origin;

function cookieOf(response: Response): string | undefined {
  const set = response.headers.getSetCookie().find((value) => value.startsWith("kt_artisan="));
  return set?.split(";")[0];
}

/** A call through the storefront, as the portal's page JavaScript makes it (same origin). */
function portal(
  path: string,
  init: RequestInit & { cookie?: string; json?: unknown } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  if (init.method && init.method !== "GET" && !headers.has("origin")) headers.set("origin", origin);
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers.set("content-type", "application/json");
  }
  return fetch(`${stack.storefront}${path}`, { ...init, headers, body, redirect: "manual" });
}

async function signIn(account: ArtisanAccount): Promise<string> {
  const response = await portal("/portal-api/auth/artisan/emailpass", {
    method: "POST",
    json: { email: account.email, password: account.password },
  });
  expect(response.status).toBe(200);
  const cookie = cookieOf(response);
  expect(cookie).toBeDefined();
  return cookie!;
}

const newProduct = {
  title: { vi: "Gùi mây thử nghiệm" },
  craft: "basketry",
  price_vnd: 350000,
  stock: 2,
};

let alice: ArtisanAccount;
let bob: ArtisanAccount;
beforeAll(async () => {
  [alice, bob] = await Promise.all([createArtisanAccount(stack), createArtisanAccount(stack)]);
});

describe("signing in through the portal proxy", () => {
  it("keeps the JWT in an httpOnly SameSite=Strict cookie and out of the body", async () => {
    const response = await portal("/portal-api/auth/artisan/emailpass", {
      method: "POST",
      json: { email: alice.email, password: alice.password },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty("token");
    expect(JSON.stringify(body)).not.toMatch(/eyJ/);
    const setCookie = response.headers.getSetCookie().find((value) => value.startsWith("kt_artisan="))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(Number(/Max-Age=(\d+)/.exec(setCookie)?.[1])).toBeGreaterThan(60);

    const me = await portal("/portal-api/artisan/me", { cookie: cookieOf(response) });
    expect(me.status).toBe(200);
    const { artisan } = (await me.json()) as { artisan: { id: string; email: string } };
    expect(artisan).toMatchObject({ id: alice.artisanId, email: alice.email });
  });

  it("answers a wrong password with 401 and no session", async () => {
    const response = await portal("/portal-api/auth/artisan/emailpass", {
      method: "POST",
      json: { email: bob.email, password: "sai-mat-khau-1" },
    });
    expect(response.status).toBe(401);
    expect(cookieOf(response)).toBe("kt_artisan=");
  });

  it("signs out by clearing the cookie", async () => {
    const cookie = await signIn(alice);
    const out = await portal("/portal-api/sign-out", { method: "POST", cookie });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().join()).toMatch(/kt_artisan=;.*Max-Age=0/);
  });
});

describe("what the proxy lets through", () => {
  it("reaches no route outside the artisan routes", async () => {
    const cookie = await signIn(alice);
    for (const path of ["admin/products", "store/products", "auth/user/emailpass", "admin/users/me"]) {
      const response = await portal(`/portal-api/${path}`, { cookie });
      expect(response.status, path).toBe(404);
    }
    const admin = await portal("/portal-api/auth/user/emailpass", {
      method: "POST",
      json: { email: stack.admin.email, password: stack.admin.password },
    });
    expect(admin.status).toBe(404);
  });

  it("refuses a cross-site POST and stores nothing", async () => {
    const cookie = await signIn(alice);
    const before = (await (await portal("/portal-api/artisan/products", { cookie })).json()) as {
      count: number;
    };
    const response = await portal("/portal-api/artisan/products", {
      method: "POST",
      cookie,
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      json: newProduct,
    });
    expect(response.status).toBe(403);
    const after = (await (await portal("/portal-api/artisan/products", { cookie })).json()) as {
      count: number;
    };
    expect(after.count).toBe(before.count);
  });

  it("keeps each artisan to their own products", async () => {
    const aliceCookie = await signIn(alice);
    const bobCookie = await signIn(bob);
    const created = await portal("/portal-api/artisan/products", {
      method: "POST",
      cookie: aliceCookie,
      json: newProduct,
    });
    expect(created.status).toBe(201);
    const { product } = (await created.json()) as { product: { id: string; status: string } };
    expect(product.status).toBe("proposed");
    const stolen = await portal(`/portal-api/artisan/products/${product.id}`, { cookie: bobCookie });
    expect(stolen.status).toBe(404);
    const anonymous = await portal(`/portal-api/artisan/products/${product.id}`);
    expect(anonymous.status).toBe(401);
  });

  it("refuses a photo over 15 MB with 413, streamed or declared", async () => {
    const cookie = await signIn(alice);
    const created = await portal("/portal-api/artisan/products", {
      method: "POST",
      cookie,
      json: newProduct,
    });
    const { product } = (await created.json()) as { product: { id: string; photos: unknown[] } };
    const form = new FormData();
    form.append("photo", new Blob([new Uint8Array(16 * 1024 * 1024)], { type: "image/jpeg" }), "big.jpg");
    const declared = await portal(`/portal-api/artisan/products/${product.id}/photos`, {
      method: "POST",
      cookie,
      body: form,
    });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { code: string }).code).toBe("photo_too_large");

    const boundary = "----portal-test";
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    );
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        if (sent >= 17) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const chunked = await portal(`/portal-api/artisan/products/${product.id}/photos`, {
      method: "POST",
      cookie,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    const after = await portal(`/portal-api/artisan/products/${product.id}`, { cookie });
    expect(((await after.json()) as { product: { photos: unknown[] } }).product.photos).toEqual([]);
  });

  it("refuses a JSON body over 1 MB (a 10 MB title) with 413 and stores nothing", async () => {
    const cookie = await signIn(bob);
    const response = await portal("/portal-api/artisan/products", {
      method: "POST",
      cookie,
      json: { ...newProduct, title: { vi: "a".repeat(10 * 1024 * 1024) } },
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { code: string }).code).toBe("body_too_large");
    const list = await expectJson<{ count: number }>(
      await artisanFetch(stack, bob.token, "/artisan/products"),
      200,
    );
    expect(list.count).toBe(0);
  });
});

describe("portal pages", () => {
  it("send a visitor without a session to the sign-in page, and back afterwards", async () => {
    const response = await portal("/portal/orders");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/portal/login?next=%2Fportal%2Forders");
  });

  it("sign in with the plain HTML form, and show the artisan's own page uncached", async () => {
    const form = new URLSearchParams({
      email: alice.email,
      password: alice.password,
      next: "/portal/products",
    });
    const signedIn = await portal("/portal/login", {
      method: "POST",
      body: form,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("location")).toBe("/portal/products");
    const cookie = cookieOf(signedIn)!;
    const page = await portal("/portal/products", { cookie });
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    const html = await page.text();
    expect(html).toContain(alice.handle.replace("nghe-nhan-", ""));
    expect(html).toContain('name="robots" content="noindex');
    expect(html).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });

  it("show a wrong password's error in Vietnamese and keep the email", async () => {
    const form = new URLSearchParams({ email: bob.email, password: "khong-dung-1" });
    const response = await portal("/portal/login", {
      method: "POST",
      body: form,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(401);
    const html = (await response.text()).replace(/&#39;/g, "'");
    expect(html).toContain(viText["portal.error.invalid_credentials"]);
    expect(html).toContain(`value="${bob.email}"`);
  });
});
