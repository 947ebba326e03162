import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MEDUSA_BUILD_DIR, MEDUSA_CLI } from "../../scripts/stack/paths.ts";
import { traceFixtureWithDatabase, type TraceFixture, type TraceRecord } from "../harness/trace.ts";

// The setup (`npm start`, and the test stack) seeds the sample trace records with the sample products:
// two published, intact records, once. A seed interrupted half-way runs again without doubling them.
const stack = inject("stack");
let t: TraceFixture;
let db: pg.Client;

beforeAll(async () => {
  ({ t, db } = await traceFixtureWithDatabase(stack));
});

afterAll(async () => {
  await db?.end();
});

const SAMPLE_PRODUCTS = ["khan-choang-tho-cam", "gui-may-tre-dan"];

/** The published sample records of the sample products, as the admin lists them. */
async function sampleRecords(): Promise<TraceRecord[]> {
  const { products } = await t.admin.admin.product.list({ handle: SAMPLE_PRODUCTS, fields: "id" });
  const lists = await Promise.all(
    products.map(({ id }) =>
      t.admin.client.fetch<{ trace_records: TraceRecord[] }>("/admin/trace-records", {
        query: { product_id: id, limit: 200 },
      }),
    ),
  );
  return lists
    .flatMap((list) => list.trace_records)
    .filter((record) => record.metadata?.sample && /^DEMO-/.test(record.lot ?? record.serial ?? ""));
}

describe("sample trace records", () => {
  it(
    "are seeded by the setup, published and intact, with demo GTINs, and a re-run adds nothing twice",
    { timeout: 600_000 },
    async () => {
      const seeded = await sampleRecords();
      expect(seeded.map((record) => record.lot ?? record.serial).sort()).toEqual([
        "DEMO-2026-01",
        "DEMO-GUI-0001",
      ]);
      for (const record of seeded) {
        expect(record.gtin).toMatch(/^0952/);
        expect(record.published_at).not.toBeNull();
        expect(await t.verify(record.id)).toMatchObject({ intact: true, published: true });
      }

      // The seed stopped before its last step (no marker on the store): the setup seeds again.
      await db.query(
        `update store set metadata = metadata - array(
           select key from jsonb_object_keys(metadata) as key where key like 'kontum_sample_data_%')
         where metadata is not null`,
      );
      await promisify(execFile)(process.execPath, [MEDUSA_CLI, "exec", "./src/scripts/setup.js"], {
        cwd: MEDUSA_BUILD_DIR,
        env: { ...process.env, ...stack.medusaEnv },
        maxBuffer: 64 * 1024 * 1024,
      });
      const again = await sampleRecords();
      expect(again.map((record) => record.id).sort()).toEqual(seeded.map((record) => record.id).sort());
      for (const record of again)
        expect(record.published_head_hash).toBe(
          seeded.find((before) => before.id === record.id)?.published_head_hash,
        );
    },
  );
});
