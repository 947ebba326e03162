import { describe, expect, it } from "vitest";
import { resolveStackConfig } from "../../scripts/stack/config.ts";
import { StackError } from "../../scripts/stack/errors.ts";
import { generateSecrets } from "../../scripts/stack/local-env.ts";

const secrets = generateSecrets();
const resolve = (env: NodeJS.ProcessEnv) => resolveStackConfig(env, secrets, "/tmp/data");

describe("stack configuration from the environment", () => {
  it("runs everything embedded on the documented ports by default", () => {
    const config = resolve({});
    expect(config.ports).toEqual({
      postgres: 5432,
      meilisearch: 7700,
      medusa: 9000,
      medusaWorker: 9001,
      storefront: 4321,
    });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.meilisearch).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
  });

  it("switches parts to external services by variable, and treats empty as unset", () => {
    const config = resolve({
      DATABASE_URL: "postgres://u:p@db.example:5432/kontum",
      MEILISEARCH_HOST: "https://search.example/",
      MEILISEARCH_API_KEY: "k",
      REDIS_URL: "redis://cache.example:6379",
      STOREFRONT_PORT: "",
    });
    expect(config.databaseUrl).toBe("postgres://u:p@db.example:5432/kontum");
    expect(config.meilisearch).toEqual({ host: "https://search.example", apiKey: "k" });
    expect(config.redisUrl).toBe("redis://cache.example:6379");
    expect(config.ports.storefront).toBe(4321);
  });

  it("names the variable that is wrong", () => {
    expect(() => resolve({ MEDUSA_PORT: "ninety" })).toThrow(/MEDUSA_PORT/);
    expect(() => resolve({ DATABASE_URL: "mysql://x" })).toThrow(StackError);
    expect(() => resolve({ MEILISEARCH_HOST: "http://search:7700" })).toThrow(/MEILISEARCH_API_KEY/);
  });
});
