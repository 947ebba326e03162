import { createHash } from "node:crypto";

/** A fixed-window counter: its count and the milliseconds until it resets. */
export interface Counter {
  count: number;
  msLeft: number;
}

/** Where the counts live: in this process, or in Redis when several Medusa servers share them. */
export interface CounterStore {
  /** Adds one to `key`; the first hit opens a window of `windowMs`. */
  increment(key: string, windowMs: number): Promise<Counter>;
  /** Takes one back (a success), never below zero, without touching the window. */
  decrement(key: string): Promise<void>;
  /** Forgets `key`. */
  reset(key: string): Promise<void>;
}

export interface LoginLimits {
  windowMs: number;
  perEmail: number;
  perIp: number;
}

/** 5 failed attempts per email, or 20 per client IP, within 15 minutes. */
export const LOGIN_LIMITS: LoginLimits = { windowMs: 15 * 60 * 1000, perEmail: 5, perIp: 20 };

export type LoginDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const emailKey = (email: string) =>
  `login:email:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;
const ipKey = (ip: string) => `login:ip:${ip}`;
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Counts sign-in attempts. Every attempt counts when it starts (so parallel guesses count too); a
 * success then resets its email's count and takes its own attempt back from the IP's count. An
 * attempt beyond a limit is refused until that window ends.
 */
export class LoginLimiter {
  private readonly store: CounterStore;
  private readonly limits: LoginLimits;

  constructor(store: CounterStore, limits: LoginLimits = LOGIN_LIMITS) {
    this.store = store;
    this.limits = limits;
  }

  /** Before checking a password. */
  async begin(email: string | undefined, ip: string): Promise<LoginDecision> {
    const byIp = await this.store.increment(ipKey(ip), this.limits.windowMs);
    if (byIp.count > this.limits.perIp) return { allowed: false, retryAfterSeconds: seconds(byIp.msLeft) };
    if (!email) return { allowed: true };
    const byEmail = await this.store.increment(emailKey(email), this.limits.windowMs);
    if (byEmail.count > this.limits.perEmail) {
      return { allowed: false, retryAfterSeconds: seconds(byEmail.msLeft) };
    }
    return { allowed: true };
  }

  /** After a correct password. */
  async succeeded(email: string | undefined, ip: string): Promise<void> {
    await this.store.decrement(ipKey(ip));
    if (email) await this.store.reset(emailKey(email));
  }
}

/** Counts in this process's memory (one Medusa server). Expired windows are swept as it grows. */
export class MemoryCounterStore implements CounterStore {
  private readonly counters = new Map<string, { count: number; resetAt: number }>();

  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  async increment(key: string, windowMs: number): Promise<Counter> {
    const now = this.now();
    if (this.counters.size > 10_000) this.sweep(now);
    const current = this.counters.get(key);
    const counter =
      current && current.resetAt > now
        ? { ...current, count: current.count + 1 }
        : { count: 1, resetAt: now + windowMs };
    this.counters.set(key, counter);
    return { count: counter.count, msLeft: counter.resetAt - now };
  }

  async decrement(key: string): Promise<void> {
    const current = this.counters.get(key);
    if (current && current.resetAt > this.now()) current.count = Math.max(0, current.count - 1);
  }

  async reset(key: string): Promise<void> {
    this.counters.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, counter] of this.counters) if (counter.resetAt <= now) this.counters.delete(key);
  }
}
