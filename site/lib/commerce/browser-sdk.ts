import Medusa from "@medusajs/js-sdk";

let instance: Medusa | undefined;

/**
 * The browser's one Medusa SDK instance, made on first use. It talks to this site's own origin: the
 * `/store/*` proxy (pages/store/[...path].ts) adds the publishable key and forwards to Medusa.
 * Islands only; the server uses `client.ts`.
 */
export function browserSdk(): Medusa {
  instance ??= new Medusa({
    baseUrl: window.location.origin,
    // No customer accounts: nothing to store, and no token read from localStorage.
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
  });
  return instance;
}
