import Medusa from "@medusajs/js-sdk";

/**
 * Medusa's admin bundler replaces this with `admin.backendUrl` of medusa-config.ts
 * (MEDUSA_BACKEND_URL), the URL the dashboard itself calls. Medusa's docs use
 * `import.meta.env.VITE_BACKEND_URL` in projects, but commerce/tsconfig.json compiles src/admin as
 * CommonJS, where `import.meta` does not type-check (TS1470); and this way the extensions and the
 * dashboard always call the same server.
 */
declare const __BACKEND_URL__: string | undefined;

/** The server the dashboard calls: MEDUSA_BACKEND_URL, or "/" for the server that serves the dashboard. */
export const backendUrl = (typeof __BACKEND_URL__ === "string" && __BACKEND_URL__) || "/";

/** The one Medusa JS SDK instance of the admin extensions; the dashboard's session cookie signs in. */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  auth: { type: "session" },
});
