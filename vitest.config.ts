/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// One root config; each kind of test is a project (`vitest run --project unit`).
// Integration tests talk to the real Postgres, Medusa and Meilisearch that the harness starts.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/components/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/harness/vitest-global-setup.ts"],
          setupFiles: ["tests/harness/integration-setup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
