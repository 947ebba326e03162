import Redis from "ioredis";
import type { Counter, CounterStore } from "./login-limiter";

const PREFIX = "kontum:";
// DECR only while the window exists (a bare DECR would create a key without expiry), never below 0.
const DECREMENT = `if redis.call("GET", KEYS[1]) and tonumber(redis.call("GET", KEYS[1])) > 0 then return redis.call("DECR", KEYS[1]) end return 0`;

/** Counts in Redis, so that every Medusa server behind a load balancer shares them. */
export class RedisCounterStore implements CounterStore {
  constructor(private readonly redis: Redis) {}

  async increment(key: string, windowMs: number): Promise<Counter> {
    const name = PREFIX + key;
    const replies = await this.redis.multi().set(name, 0, "PX", windowMs, "NX").incr(name).pttl(name).exec();
    const count = Number(replies?.[1]?.[1] ?? 1);
    const msLeft = Number(replies?.[2]?.[1] ?? windowMs);
    return { count, msLeft: msLeft > 0 ? msLeft : windowMs };
  }

  async decrement(key: string): Promise<void> {
    await this.redis.eval(DECREMENT, 1, PREFIX + key);
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(PREFIX + key);
  }
}

let shared: RedisCounterStore | undefined;

/** The one Redis connection of this process for the limiter's counts. */
export function redisCounterStore(redisUrl: string): RedisCounterStore {
  shared ??= new RedisCounterStore(
    new Redis(redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true }),
  );
  return shared;
}
