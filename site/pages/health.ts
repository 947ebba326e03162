import type { APIRoute } from "astro";

export const prerender = false;

const json = (body: object, status: number) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });

/**
 * Readiness for the orchestrator and load balancers: the Node server answers and its settings are
 * valid. astro:env validates MEDUSA_* only when its module first loads, so load it here: a bad value
 * makes this a 503 naming the variable (never its value), not a 500 on the first buyer's visit.
 */
export const GET: APIRoute = async () => {
  try {
    await import("astro:env/server");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`[health] invalid settings: ${reason}`);
    return json({ status: "misconfigured", reason }, 503);
  }
  return json({ status: "ok" }, 200);
};
