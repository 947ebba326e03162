import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { clientIp } from "../lib/artisan-auth/client-ip";
import { sendError } from "../lib/artisan-auth/http-error";
import { signInLimiter } from "../lib/artisan-auth/sign-in-limiter";

/**
 * Limits sign-in attempts on Medusa's own `POST /auth/artisan/emailpass`: after 5 failures for one
 * email, or 20 from one client IP, within 15 minutes, answers 429 `too_many_attempts` with
 * `Retry-After`. A success resets the email's count.
 */
export async function artisanSignInRateLimit(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
): Promise<void> {
  const limiter = signInLimiter();
  const body: unknown = req.body;
  const rawEmail = body && typeof body === "object" && "email" in body ? body.email : undefined;
  const email = typeof rawEmail === "string" && rawEmail.trim() ? rawEmail : undefined;
  const ip = clientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"]);
  let decision;
  try {
    decision = await limiter.begin(email, ip);
  } catch (error) {
    // The counts are out of reach (Redis down): sign-in still works, and the log says why unlimited.
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Sign-in rate limit unavailable, attempt allowed: ${(error as Error).message}`);
    return next();
  }
  if (!decision.allowed) {
    const minutes = Math.ceil(decision.retryAfterSeconds / 60);
    res.setHeader("Retry-After", String(decision.retryAfterSeconds));
    sendError(
      res,
      429,
      "too_many_attempts",
      "too_many_attempts",
      `Too many sign-in attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}`,
    );
    return;
  }
  res.on("finish", () => {
    if (res.statusCode !== 200) return;
    limiter.succeeded(email, ip).catch(() => undefined);
  });
  next();
}
