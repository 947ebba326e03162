import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { MEDUSA_BUILD_DIR, MEDUSA_CLI } from "../../scripts/stack/paths.ts";
import { traceFixture, type TraceRecord } from "../harness/trace.ts";

// An operator runs the sample-trace script (twice): the sample records are there once, published and intact.
const stack = inject("stack");
let t: Awaited<ReturnType<typeof traceFixture>>;

beforeAll(async () => {
  t = await traceFixture(stack);
});

describe("sample trace records", () => {
  it(
    "the seed script adds published, intact records with demo GTINs, and can run again",
    { timeout: 600_000 },
    async () => {
      const run = () =>
        promisify(execFile)(process.execPath, [MEDUSA_CLI, "exec", "./src/scripts/seed-trace.js"], {
          cwd: MEDUSA_BUILD_DIR,
          env: { ...process.env, ...stack.medusaEnv },
          maxBuffer: 64 * 1024 * 1024,
        });
      await run();
      await run();
      const { trace_records } = await t.admin.client.fetch<{ trace_records: TraceRecord[] }>(
        "/admin/trace-records",
        { query: { limit: 200 } },
      );
      const samples = trace_records.filter(
        (record) => record.metadata?.sample && record.gtin.startsWith("0952"),
      );
      const seeded = samples.filter((record) => record.lot?.startsWith("DEMO-") || !record.lot);
      expect(seeded.map((record) => path.basename(record.digital_link)).sort()).toEqual([
        "DEMO-2026-01",
        "DEMO-GUI-0001",
      ]);
      for (const record of seeded) {
        expect(record.published_at).not.toBeNull();
        expect(await t.verify(record.id)).toMatchObject({ intact: true, published: true });
      }
    },
  );
});
