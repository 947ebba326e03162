import { Client, Store } from "@medusajs/js-sdk";

/** The store half of the SDK: islands never use the admin or auth parts, so they stay out of the bundle. */
export interface BrowserSdk {
  client: Client;
  store: Store;
}

let instance: BrowserSdk | undefined;

/**
 * The browser's one Medusa SDK instance, made on first use. It talks to this site's own origin: the
 * `/store/*` proxy (pages/store/[...path].ts) adds the publishable key and forwards to Medusa.
 * Islands only; the server uses `client.ts`. Built from the SDK's `Client` and `Store` rather than
 * `new Medusa()`, which would also bundle the admin API (about half of the SDK's weight).
 */
export function browserSdk(): BrowserSdk {
  if (!instance) {
    const client = new Client({
      baseUrl: window.location.origin,
      // No customer accounts: nothing to store, and no token read from localStorage.
      auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    });
    instance = { client, store: new Store(client) };
  }
  return instance;
}
