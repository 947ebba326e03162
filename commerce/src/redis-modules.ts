import type { InputConfigModules } from "@medusajs/framework/types";

/**
 * Medusa's Redis-backed infrastructure modules, so that a server process and worker processes share
 * events, workflow state, cache and locks. Option names checked against the 2.21 packages.
 * The Caching Module also needs the `caching` feature flag (set beside this in medusa-config.ts).
 */
export function redisModules(redisUrl: string): InputConfigModules {
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ];
}
