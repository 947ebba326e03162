import type { APIRoute } from "astro";
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server";
import { proxyToMedusa } from "../../lib/commerce/store-proxy.ts";

// The browser's one way to Medusa: same origin, key added on the server (lib/commerce/store-proxy.ts).
export const prerender = false;

export const ALL: APIRoute = ({ request, params }) =>
  proxyToMedusa(request, params.path ?? "", {
    backendUrl: MEDUSA_BACKEND_URL,
    publishableKey: MEDUSA_PUBLISHABLE_KEY,
  });
