import type { ExecArgs } from "@medusajs/framework/types";
import { ensureSampleTrace } from "./seed/trace/ensure-sample-trace";
import { createSetupContext } from "./setup/progress";

/**
 * `medusa exec ./src/scripts/seed-trace.ts`: sample trace records for a few sample products (GTINs with
 * GS1's demonstration prefix 952, published, hash-chained) and a sample collective mark. Run after the
 * setup has seeded the sample products; safe to run again.
 */
export default async function seedTrace({ container }: ExecArgs): Promise<void> {
  await ensureSampleTrace(createSetupContext(container));
}
