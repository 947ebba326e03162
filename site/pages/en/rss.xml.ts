import type { APIRoute } from "astro";
import { storiesFeed } from "../../lib/seo/stories-feed.ts";

// Curated content only: written once when the site is built.
export const prerender = true;

/** The English stories feed. */
export const GET: APIRoute = ({ site }) => storiesFeed("en", site);
