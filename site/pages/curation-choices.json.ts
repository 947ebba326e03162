import type { APIRoute } from "astro";
import { buildCurationChoices } from "../components/home/curation-choices.ts";

// What the tourism office can feature on the home page (villages, festivals, itineraries), written once
// at build: the Medusa admin reads it (GET /admin/curation/choices) to offer and check the choices.
export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buildCurationChoices()), {
    headers: { "Content-Type": "application/json" },
  });
