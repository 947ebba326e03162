// @ts-check
import node from "@astrojs/node";
import mdx from "@astrojs/mdx";
import react from "@astrojs/react";
import { defineConfig, envField } from "astro/config";

// The storefront. Curated pages are prerendered; commerce pages render on demand (Node adapter,
// `node dist/server/entry.mjs`, HOST and PORT read when it starts).
export default defineConfig({
  srcDir: "./site",
  // The test harness builds into its own folder so a running `npm start` keeps serving `dist/`.
  outDir: process.env.KONTUM_SITE_OUT_DIR ?? "./dist",
  // Absolute URLs (canonical, hreflang) are built from this; it is fixed when the site is built.
  site: process.env.SITE_URL ?? "http://localhost:4321",
  output: "server",
  // The base stylesheet is small: inlined, it saves a render-blocking request on a weak signal.
  build: { inlineStylesheets: "always" },
  adapter: node({ mode: "standalone" }),
  integrations: [react(), mdx()],
  i18n: {
    locales: ["vi", "en"],
    defaultLocale: "vi",
    routing: { prefixDefaultLocale: false },
  },
  env: {
    schema: {
      // Both are read from process.env when the server starts, not when it is built: in Astro 7 only
      // `context: "server", access: "secret"` fields are read at run time; `access: "public"` fields
      // (server or client) are written into the build as constants (astro/dist/env/vite-plugin-env.js).
      // The publishable key is not a secret, but the site is built once and started later with these
      // set, and the browser never needs it from here: commerce pages render on the server.
      MEDUSA_BACKEND_URL: envField.string({
        context: "server",
        access: "secret",
        url: true,
        default: "http://localhost:9000",
      }),
      MEDUSA_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      // Meilisearch, for the /search-api proxy (site/lib/search/proxy.ts). The key has the `search` action
      // only and stays on the server: the browser holds no Meilisearch key. The stack creates it.
      MEILISEARCH_HOST: envField.string({
        context: "server",
        access: "secret",
        url: true,
        default: "http://127.0.0.1:7700",
      }),
      MEILISEARCH_SEARCH_KEY: envField.string({ context: "server", access: "secret", optional: true }),
    },
  },
});
