import type { InputConfigModules } from "@medusajs/framework/types";
import { SEED_BATCH_SIZE } from "./lib/search/seed-batch";

/**
 * Medusa's Search Module with the Meilisearch provider of @rokmohar/medusa-plugin-meilisearch; the index
 * definitions are in src/search/. `medusa db:migrate` creates and migrates the physical indexes, the
 * module seeds them at start and keeps them current from events. Without MEILISEARCH_HOST (a unit or
 * tooling context), Medusa's default Search Module (Postgres) stays and Medusa boots all the same.
 * Seeding writes SEED_BATCH_SIZE documents per Meilisearch task (see there why).
 */
export function searchModules(host: string | undefined, apiKey: string | undefined): InputConfigModules {
  if (!host) return [];
  return [
    {
      resolve: "@medusajs/medusa/search",
      options: {
        reindex: { batch_size: SEED_BATCH_SIZE },
        providers: [
          {
            resolve: "@rokmohar/medusa-plugin-meilisearch/providers/meilisearch",
            id: "meilisearch",
            options: {
              config: {
                host,
                apiKey,
                // Compressed responses arrive ~40 ms late from a local Meilisearch; ask for plain ones.
                requestInit: { headers: { "Accept-Encoding": "identity" } },
              },
              // A task of a few documents (an edit) takes 10–30 ms: poll often so that a change is
              // acknowledged soon after it lands.
              task_polling_interval_ms: 25,
            },
          },
        ],
      },
    },
  ];
}
