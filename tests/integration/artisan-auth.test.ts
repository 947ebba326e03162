import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type Medusa from "@medusajs/js-sdk";
import {
  artisanFetch,
  createArtisanAccount,
  expectJson,
  inviteArtisan,
  signInArtisan,
  uniqueSuffix,
} from "../harness/artisans.ts";
import { CUSTOMER_PASSWORD, customerToken } from "../harness/customers.ts";
import { adminClient } from "../harness/medusa-clients.ts";

// Artisan accounts: invitations, passwords, sign-in limits and who may reach /artisan/*.
const stack = inject("stack");
let admin: Medusa;
let db: pg.Client;

beforeAll(async () => {
  admin = await adminClient(stack);
  db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
});

interface ErrorBody {
  type: string;
  code?: string;
  message: string;
}

async function createArtisan(): Promise<{ id: string; display_name: string }> {
  const suffix = uniqueSuffix();
  const { artisan } = await admin.client.fetch<{ artisan: { id: string; display_name: string } }>(
    "/admin/artisans",
    {
      method: "POST",
      body: {
        handle: `moi-${suffix}`,
        display_name: `Nghệ nhân Mời ${suffix}`,
        village_handle: "kon-k-tu",
        ethnic_group: "ba-na",
        crafts: ["basketry"],
        bio: { vi: "Hồ sơ thử nghiệm (dữ liệu mẫu)." },
      },
    },
  );
  return artisan;
}

const signIn = (email: string, password: string, ip?: string) =>
  artisanFetch(stack, null, "/auth/artisan/emailpass", {
    method: "POST",
    body: { email, password },
    headers: ip ? { "x-forwarded-for": ip } : {},
  });

/** A TEST-NET address of its own, so that one test's attempts never count against another's. */
const testIp = () => `198.51.100.${1 + Math.floor(Math.random() * 250)}`;

/** The newest notification sent to `email` with `template`, waiting up to 10 s for it. */
async function notificationFor(email: string, template: string): Promise<{ data: { url: string } }> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { notifications } = await admin.client.fetch<{
      notifications: { template: string; data: { url: string } }[];
    }>("/admin/notifications", { query: { to: email, channel: "email" } });
    const found = notifications.find((notification) => notification.template === template);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${template} notification for ${email} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("artisan invitations", () => {
  it("invites an artisan, emails the link, and the artisan sets a password and signs in", async () => {
    const artisan = await createArtisan();
    const email = `moi-${uniqueSuffix()}@example.test`;
    const invite = await inviteArtisan(stack, artisan.id, email.toUpperCase());
    expect(invite.email).toBe(email);
    expect(invite.url).toMatch(/\/portal\/invite\?token=[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(invite.expires_at) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect((await notificationFor(email, "artisan-invite")).data.url).toBe(invite.url);

    const preview = await artisanFetch(stack, null, `/artisan/invites/${invite.token}`);
    expect(await expectJson(preview, 200)).toEqual({
      invite: { email, artisan: { display_name: artisan.display_name } },
    });

    const short = await artisanFetch(stack, null, `/artisan/invites/${invite.token}/accept`, {
      method: "POST",
      body: { password: "ngan" },
    });
    expect(short.status).toBe(400);

    const accepted = await artisanFetch(stack, null, `/artisan/invites/${invite.token}/accept`, {
      method: "POST",
      body: { password: "mat-khau-moi-1" },
    });
    const { token } = await expectJson<{ token: string }>(accepted, 201);
    const me = await expectJson<{ artisan: { id: string; email: string } }>(
      await artisanFetch(stack, token, "/artisan/me"),
      200,
    );
    expect(me.artisan).toMatchObject({ id: artisan.id, email, crafts: ["basketry"] });

    const signedIn = await signInArtisan(stack, email, "mat-khau-moi-1");
    const again = await expectJson<{ artisan: { id: string } }>(
      await artisanFetch(stack, signedIn, "/artisan/me"),
      200,
    );
    expect(again.artisan.id).toBe(artisan.id);
  });

  it("refuses used, unknown, revoked and expired invite links with invite_invalid", async () => {
    const account = await createArtisanAccount(stack);
    const artisan = await createArtisan();
    const first = await inviteArtisan(stack, artisan.id, `cu-${uniqueSuffix()}@example.test`);
    const second = await inviteArtisan(stack, artisan.id, `moi-${uniqueSuffix()}@example.test`);
    const third = await inviteArtisan(
      stack,
      (await createArtisan()).id,
      `het-${uniqueSuffix()}@example.test`,
    );
    await db.query(`update artisan_invite set expires_at = now() - interval '1 minute' where id = $1`, [
      third.id,
    ]);
    const used = await inviteArtisan(
      stack,
      (await createArtisan()).id,
      `dung-${uniqueSuffix()}@example.test`,
    );
    await expectJson(
      await artisanFetch(stack, null, `/artisan/invites/${used.token}/accept`, {
        method: "POST",
        body: { password: "mat-khau-dung-1" },
      }),
      201,
    );
    const tokens = {
      used: used.token,
      unknown: "A".repeat(43),
      malformed: "not-a-token",
      revoked: first.token,
      expired: third.token,
    };
    for (const [why, token] of Object.entries(tokens)) {
      for (const [method, path] of [
        ["GET", `/artisan/invites/${token}`],
        ["POST", `/artisan/invites/${token}/accept`],
      ] as const) {
        const response = await artisanFetch(stack, null, path, {
          method,
          ...(method === "POST" ? { body: { password: "mat-khau-bat-ky-1" } } : {}),
        });
        const body = await response.json();
        expect({ why, method, status: response.status, code: body.code }).toEqual({
          why,
          method,
          status: 404,
          code: "invite_invalid",
        });
      }
    }
    // The newer invite still works; the already-used email cannot be invited again.
    expect((await artisanFetch(stack, null, `/artisan/invites/${second.token}`)).status).toBe(200);
    const taken = await artisanFetch(stack, await adminToken(), `/admin/artisans/${artisan.id}/invites`, {
      method: "POST",
      body: { email: account.email },
    });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as ErrorBody).code).toBe("email_taken");
  });

  it("has no open sign-up for artisans", async () => {
    const response = await artisanFetch(stack, null, "/auth/artisan/emailpass/register", {
      method: "POST",
      body: { email: `tu-dang-ky-${uniqueSuffix()}@example.test`, password: "mat-khau-tu-do" },
    });
    expect(response.status).toBe(403);
  });
});

async function adminToken(): Promise<string> {
  const response = await artisanFetch(stack, null, "/auth/user/emailpass", {
    method: "POST",
    body: { email: stack.admin.email, password: stack.admin.password },
  });
  return (await expectJson<{ token: string }>(response, 200)).token;
}

describe("sign-in limits", () => {
  it("refuses the 6th attempt for one email, even with the right password; other emails still sign in", async () => {
    const victim = await createArtisanAccount(stack);
    const other = await createArtisanAccount(stack);
    const ip = testIp();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await signIn(victim.email, `sai-${attempt}-mat-khau`, ip)).status).toBe(401);
    }
    const sixth = await signIn(victim.email, "sai-6-mat-khau", ip);
    expect(sixth.status).toBe(429);
    expect(((await sixth.json()) as ErrorBody).code).toBe("too_many_attempts");
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(sixth.headers.get("retry-after"))).toBeLessThanOrEqual(15 * 60);
    // From another address too: the limit is the email's.
    expect((await signIn(victim.email, victim.password, testIp())).status).toBe(429);
    expect((await signIn(other.email, other.password, ip)).status).toBe(200);
  });

  it("a success resets the email's count", async () => {
    const account = await createArtisanAccount(stack);
    const ip = testIp();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect((await signIn(account.email, `sai-${attempt}-mat-khau`, ip)).status).toBe(401);
    }
    expect((await signIn(account.email, account.password, ip)).status).toBe(200);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await signIn(account.email, `sai-lai-${attempt}`, ip)).status).toBe(401);
    }
    expect((await signIn(account.email, account.password, ip)).status).toBe(429);
  });

  it("refuses a client address after 20 failures across emails; other addresses are unaffected", async () => {
    const account = await createArtisanAccount(stack);
    const ip = `203.0.113.${1 + Math.floor(Math.random() * 250)}`;
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const email = `khong-co-${uniqueSuffix()}@example.test`;
      expect((await signIn(email, "mat-khau-sai-1", ip)).status).toBe(401);
    }
    const refused = await signIn(account.email, account.password, ip);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as ErrorBody).code).toBe("too_many_attempts");
    expect((await signIn(account.email, account.password, testIp())).status).toBe(200);
  });
});

describe("password reset", () => {
  it("emails a reset link; the new password works and the old one no longer does", async () => {
    const account = await createArtisanAccount(stack);
    const asked = await artisanFetch(stack, null, "/auth/artisan/emailpass/reset-password", {
      method: "POST",
      body: { identifier: account.email },
    });
    expect(asked.status).toBe(201);
    const { data } = await notificationFor(account.email, "artisan-password-reset");
    const link = new URL(data.url);
    expect(link.pathname).toBe("/portal/reset-password");
    expect(link.searchParams.get("email")).toBe(account.email);
    const resetToken = link.searchParams.get("token") ?? "";

    const updated = await artisanFetch(stack, resetToken, "/auth/artisan/emailpass/update", {
      method: "POST",
      body: { email: account.email, password: "mat-khau-moi-2" },
    });
    expect(updated.status).toBe(200);
    expect((await signIn(account.email, account.password, testIp())).status).toBe(401);
    expect(await signInArtisan(stack, account.email, "mat-khau-moi-2")).toBeTruthy();
    // The link works once.
    const reused = await artisanFetch(stack, resetToken, "/auth/artisan/emailpass/update", {
      method: "POST",
      body: { email: account.email, password: "mat-khau-moi-3" },
    });
    expect(reused.status).toBe(401);
  });

  it("answers alike for an unknown email and sends nothing", async () => {
    const email = `khong-ton-tai-${uniqueSuffix()}@example.test`;
    const asked = await artisanFetch(stack, null, "/auth/artisan/emailpass/reset-password", {
      method: "POST",
      body: { identifier: email },
    });
    expect(asked.status).toBe(201);
    const { notifications } = await admin.client.fetch<{ notifications: unknown[] }>("/admin/notifications", {
      query: { to: email },
    });
    expect(notifications).toEqual([]);
  });
});

describe("who may reach /artisan/*", () => {
  it("refuses no token, a customer's token and an admin's token with 401", async () => {
    const email = `khach-${uniqueSuffix()}@example.test`;
    const customer = await customerToken(stack, email);
    const customerSeesSelf = await artisanFetch(stack, customer, "/store/customers/me", {
      headers: { "x-publishable-api-key": stack.publishableKey },
    });
    expect(customerSeesSelf.status).toBe(200);
    const tokens = {
      none: null,
      customer,
      admin: await adminToken(),
      forged: `${customer.slice(0, -4)}AAAA`,
    };
    for (const [who, token] of Object.entries(tokens)) {
      for (const path of ["/artisan/me", "/artisan/products", "/artisan/orders"]) {
        const response = await artisanFetch(stack, token, path);
        expect({ who, path, status: response.status }).toEqual({ who, path, status: 401 });
      }
    }
    // A customer's credentials at the artisan sign-in give no artisan access either.
    const crossed = await signIn(email, CUSTOMER_PASSWORD, testIp());
    const crossedToken = crossed.status === 200 ? ((await crossed.json()) as { token: string }).token : null;
    expect((await artisanFetch(stack, crossedToken, "/artisan/me")).status).toBe(401);
  });

  it("refuses a deleted artisan's token on every artisan route", async () => {
    const account = await createArtisanAccount(stack);
    expect((await artisanFetch(stack, account.token, "/artisan/products")).status).toBe(200);
    await admin.client.fetch(`/admin/artisans/${account.artisanId}`, { method: "DELETE" });
    for (const path of ["/artisan/me", "/artisan/products", "/artisan/orders"]) {
      const response = await artisanFetch(stack, account.token, path);
      expect({ path, status: response.status }).toEqual({ path, status: 401 });
    }
    const created = await artisanFetch(stack, account.token, "/artisan/products", {
      method: "POST",
      body: { title: { vi: "Gùi của người đã bị xoá" } },
    });
    expect(created.status).toBe(401);
  });
});
