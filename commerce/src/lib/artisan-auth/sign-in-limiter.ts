import { readEnv } from "../../env";
import { LoginLimiter, MemoryCounterStore } from "./login-limiter";
import { redisCounterStore } from "./redis-counter-store";

let limiter: LoginLimiter | undefined;

/**
 * The process's sign-in limiter: counts in Redis when REDIS_URL is set (shared by every Medusa
 * server), else in memory (one server).
 */
export function signInLimiter(): LoginLimiter {
  const { REDIS_URL } = readEnv();
  limiter ??= new LoginLimiter(REDIS_URL ? redisCounterStore(REDIS_URL) : new MemoryCounterStore());
  return limiter;
}
