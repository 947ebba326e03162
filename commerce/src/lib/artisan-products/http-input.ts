import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { MedusaError } from "@medusajs/framework/utils";
import type { z } from "@medusajs/framework/zod";
import { INPUT_ERROR_CODES, invalidInput } from "./input-errors";

/** Largest JSON body the artisan routes accept. */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;
/** Past this many bytes of an oversized body the connection is closed instead of drained. */
const DRAIN_LIMIT_BYTES = 32 * 1024 * 1024;

function refuse(res: MedusaResponse, status: number, code: string, message: string): void {
  if (!res.headersSent) res.status(status).json({ type: MedusaError.Types.INVALID_DATA, message, code });
}

/**
 * Reads a JSON body of at most 1 MB (the route has Medusa's body parser turned off) into `req.body`.
 * Too large: 413 `body_too_large`, and nothing else runs; not JSON: 400 `invalid_json`. The rest of an
 * oversized body is drained so that the client reads the answer instead of a reset connection.
 */
export function jsonBody(limit = JSON_BODY_LIMIT_BYTES) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void => {
    // Already read (a body parser ran): nothing left to read.
    if (req.readableEnded) return next();
    const tooLarge = () =>
      refuse(
        res,
        413,
        INPUT_ERROR_CODES.bodyTooLarge,
        `The request is larger than ${limit / 1024 / 1024} MB: send less text`,
      );
    const declared = Number(req.headers["content-length"] ?? 0);
    const chunks: Buffer[] = [];
    let received = 0;
    let refused = false;
    if (declared > limit) {
      refused = true;
      tooLarge();
    }
    req.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (refused) {
        if (received > DRAIN_LIMIT_BYTES) req.destroy();
        return;
      }
      if (received > limit) {
        refused = true;
        chunks.length = 0;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    req.on("error", (error) => {
      if (!refused) next(error);
    });
    req.on("end", () => {
      if (refused) return;
      const text = Buffer.concat(chunks).toString("utf8");
      try {
        req.body = text.trim() ? JSON.parse(text) : {};
      } catch {
        refuse(res, 400, INPUT_ERROR_CODES.invalidJson, "The request body is not valid JSON");
        return;
      }
      next();
    });
  };
}

/** Validates `req.body` with a strict zod schema; a failure is a 400 with a stable `code`. */
export function validateBody<T extends z.ZodType>(schema: T) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void => {
    const result = schema.safeParse(req.body ?? {});
    if (!result.success) return next(invalidInput(result.error));
    req.validatedBody = result.data;
    next();
  };
}

/** Validates the query string; the handler reads `req.validatedQuery`. */
export function validateQuery<T extends z.ZodType>(schema: T) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void => {
    const result = schema.safeParse(req.query ?? {});
    if (!result.success) return next(invalidInput(result.error));
    req.validatedQuery = result.data as MedusaRequest["validatedQuery"];
    next();
  };
}
