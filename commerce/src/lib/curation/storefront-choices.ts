import type { MedusaResponse } from "@medusajs/framework/http";
import { readEnv, storefrontUrl } from "../../env";
import { CurationChoicesSchema } from "../../modules/curation/choices-schema";
import type { CurationChoices } from "../../modules/curation/types";

/** The file the storefront writes at build time from its content collections. */
export const CHOICES_PATH = "/curation-choices.json";
const TIMEOUT_MS = 10_000;

/** The storefront could not be reached, or did not answer with the choices. */
export class StorefrontUnavailableError extends Error {
  override name = "StorefrontUnavailableError";
}

/** "fetch failed: connect ECONNREFUSED …": the error and the cause below it. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = "cause" in error ? error.cause : undefined;
  const code = cause && typeof cause === "object" && "code" in cause ? String(cause.code) : "";
  const detail = cause instanceof Error ? cause.message || code : code;
  return detail ? `${error.message}: ${detail}` : error.message;
}

/**
 * The villages, festivals and itineraries the curator can choose from. Only the storefront knows them
 * (they are its content collections): fetched from STOREFRONT_URL on every call, so a rebuilt site's
 * new entries are offered at once.
 */
export async function retrieveCurationChoices(): Promise<CurationChoices> {
  const url = `${storefrontUrl(readEnv())}${CHOICES_PATH}`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new StorefrontUnavailableError(
      `The storefront at ${url} could not be reached (${describe(error)}): start the storefront, or set STOREFRONT_URL to its address, then try again.`,
    );
  }
  if (!response.ok) {
    throw new StorefrontUnavailableError(
      `The storefront answered ${response.status} for ${url}: rebuild and restart it (the file is written at build time), or check STOREFRONT_URL.`,
    );
  }
  const parsed = CurationChoicesSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new StorefrontUnavailableError(
      `The storefront's ${CHOICES_PATH} is not in the expected shape: rebuild the storefront from the same version as the commerce backend.`,
    );
  }
  return parsed.data;
}

/** 503 with a message that says what to do, when the choices cannot be read. Other errors are rethrown. */
export function sendStorefrontUnavailable(res: MedusaResponse, error: unknown): void {
  if (!(error instanceof StorefrontUnavailableError)) throw error;
  res
    .status(503)
    .json({ type: "storefront_unavailable", code: "storefront_unreachable", message: error.message });
}
