import { randomBytes } from "node:crypto";
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import {
  collectTags,
  renderTagSheet,
  renderTagSheetError,
  TAG_SHEET_TEXT,
  tagSheetContentSecurityPolicy,
  type TagSheetLanguage,
  type TagSheetRefusal,
} from "../../../../lib/trace-tags";
import type { AdminTraceTagsParamsType } from "../validators";

/** A refusal as JSON (API clients, in English) or as a page in the admin's language (a browser tab). */
function refuse(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  refusal: TagSheetRefusal,
  lang: TagSheetLanguage,
) {
  res.status(refusal.status);
  if (req.accepts(["json", "html"]) === "html") {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader(
      "Content-Security-Policy",
      tagSheetContentSecurityPolicy(randomBytes(16).toString("base64")),
    );
    res.send(renderTagSheetError(lang, refusal.say(TAG_SHEET_TEXT[lang])));
    return;
  }
  res.json({ type: refusal.type, message: refusal.say(TAG_SHEET_TEXT.en) });
}

/**
 * GET /admin/trace-records/tags?ids=trace_1,trace_2&copies=2&lang=vi: a print-ready HTML page of A4 sheets
 * of tags (QR code as SVG, product, lot or serial, the published head's fingerprint, the site's domain,
 * "MẪU · SAMPLE" on sample data). By default a batch's tag is repeated once per piece. Published records only.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminTraceTagsParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const { ids, copies, lang } = req.validatedQuery;
  const result = await collectTags(req.scope, ids, copies);
  if ("refusal" in result) return refuse(req, res, result.refusal, lang);
  const nonce = randomBytes(16).toString("base64");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Security-Policy", tagSheetContentSecurityPolicy(nonce));
  res.send(renderTagSheet(result.tags, lang, nonce));
}
