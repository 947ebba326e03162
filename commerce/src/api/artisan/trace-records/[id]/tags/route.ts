import { randomBytes } from "node:crypto";
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { artisanIdOf } from "../../../../../lib/artisan-products/actor";
import { retrieveOwnTraceRecord } from "../../../../../lib/artisan-trace";
import {
  collectTags,
  renderTagSheet,
  renderTagSheetError,
  TAG_SHEET_TEXT,
  tagSheetContentSecurityPolicy,
} from "../../../../../lib/trace-tags";
import type { ArtisanTraceTagsParamsType } from "../../validators";

/**
 * GET /artisan/trace-records/:id/tags?copies=&lang=vi: the printable A4 sheet of one of the artisan's
 * published records (the admin's tag sheet: by default one tag per piece of a batch). 404 for anyone
 * else's record; a draft gets the sheet's own refusal (400), in the page's language.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ArtisanTraceTagsParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const { id } = await retrieveOwnTraceRecord(req.scope, artisanIdOf(req), req.params.id);
  const { copies, lang } = req.validatedQuery;
  const result = await collectTags(req.scope, [id], copies);
  const nonce = randomBytes(16).toString("base64");
  res.setHeader("Cache-Control", "private, no-store");
  res.setHeader("Content-Security-Policy", tagSheetContentSecurityPolicy(nonce));
  if ("refusal" in result) {
    const { status, type, say } = result.refusal;
    if (req.accepts(["json", "html"]) !== "html") {
      const code = type === "not_allowed" ? "trace_not_published" : "too_many_tags";
      res.status(status).json({ type, code, message: say(TAG_SHEET_TEXT.en) });
      return;
    }
    res.status(status).setHeader("Content-Type", "text/html; charset=utf-8");
    res.send(renderTagSheetError(lang, say(TAG_SHEET_TEXT[lang])));
    return;
  }
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.send(renderTagSheet(result.tags, lang, nonce));
}
