import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { MedusaError } from "@medusajs/framework/utils";
import { existsSync } from "node:fs";
import path from "node:path";
import { readEnv } from "../../../env";

const SAFE_NAME = /^[\w-]+(\.[\w-]+)*$/;

/**
 * GET /uploads/:file: serves the images kept by the local file provider (MEDUSA_UPLOAD_DIR), which
 * live with the data rather than in the build folder. File names are never paths.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const name = req.params.file;
  const dir = path.resolve(readEnv().MEDUSA_UPLOAD_DIR ?? "uploads");
  const file = path.join(dir, name);
  if (!SAFE_NAME.test(name) || name.startsWith("private-") || !existsSync(file)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "File not found");
  }
  // Names carry an upload timestamp: a file never changes under its name.
  res.sendFile(file, { maxAge: "365d", immutable: true });
}
