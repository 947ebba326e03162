// @ts-check
import node from "@astrojs/node";
import react from "@astrojs/react";
import { defineConfig, envField } from "astro/config";

// The storefront. Curated pages are prerendered; commerce pages render on demand (Node adapter).
export default defineConfig({
  srcDir: "./site",
  site: process.env.SITE_URL ?? "http://localhost:4321",
  output: "server",
  adapter: node({ mode: "standalone" }),
  integrations: [react()],
  i18n: {
    locales: ["vi", "en"],
    defaultLocale: "vi",
    routing: { prefixDefaultLocale: false },
  },
  env: {
    schema: {
      // Server-only values read at run time ("secret" access: public server values would be inlined
      // at build time, and the build is made once, then started with these set). The publishable key is
      // not a secret, but the browser never needs it from here: pages render on the server.
      MEDUSA_BACKEND_URL: envField.string({
        context: "server",
        access: "secret",
        default: "http://localhost:9000",
      }),
      MEDUSA_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
    },
  },
});
