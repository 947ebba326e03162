import type { APIRoute } from "astro";
import { robotsTxt } from "../lib/seo/robots-txt.ts";

// Written once when the site is built (the site's URL is fixed then).
export const prerender = true;

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error("robots.txt needs the sitemap's absolute URL: set `site` in astro.config.mjs.");
  // Vietnamese pages have no prefix, English ones `/en`.
  const body = robotsTxt(new URL("/sitemap.xml", site).href, ["", "/en"]);
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
