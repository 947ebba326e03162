import type { ExecArgs } from "@medusajs/framework/types";
import { readEnv } from "../env";
import { seedSampleData } from "./seed/seed-sample-data";
import { retrieveStore, seededAt } from "./seed/store";
import { ensureAdminUser } from "./setup/admin-user";
import { createSetupContext } from "./setup/progress";

/**
 * `medusa exec ./src/scripts/setup.ts` (or `./src/scripts/setup.js` from .medusa/server): ensures the
 * admin user (ADMIN_EMAIL, ADMIN_PASSWORD) and seeds the sample data once. Safe to run again.
 */
export default async function setup({ container }: ExecArgs): Promise<void> {
  const context = createSetupContext(container);
  const { progress } = context;
  const env = readEnv();

  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    await ensureAdminUser(context, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
  } else {
    progress("ADMIN_EMAIL and ADMIN_PASSWORD are not both set: no admin user ensured");
  }

  const store = await retrieveStore(context);
  const seeded = seededAt(store);
  if (seeded) {
    progress(`Sample data already seeded (${seeded}): skipping`);
    return;
  }
  await seedSampleData(context, store);
}
