import type { APIRoute } from "astro";
import { MEDUSA_BACKEND_URL } from "astro:env/server";
import { clientIpOf } from "../../lib/portal/client-ip.ts";
import { proxyPortal } from "../../lib/portal/proxy.ts";

// The portal's way to Medusa's artisan routes: same origin, the artisan's JWT in an httpOnly cookie
// (lib/portal/proxy.ts).
export const prerender = false;

export const ALL: APIRoute = (context) =>
  proxyPortal(context.request, context.params.path ?? "", {
    backendUrl: MEDUSA_BACKEND_URL,
    clientIp: clientIpOf(context),
  });
