import { readdirSync } from "node:fs";
import path from "node:path";
import type { TestStackInfo } from "./test-stack.ts";

/** A multipart form with `files` under the field name (default `photo`), as a phone's browser sends it. */
export function photoForm(
  files: { data: Buffer; name?: string; type?: string }[],
  field = "photo",
): FormData {
  const form = new FormData();
  for (const { data, name = "anh-san-pham.jpg", type = "image/jpeg" } of files) {
    form.append(field, new Blob([new Uint8Array(data)], { type }), name);
  }
  return form;
}

/**
 * A multipart body streamed in chunks without a Content-Length (chunked transfer), as a proxy may
 * forward it: the server cannot know its size before reading it.
 */
export function streamedPhotoBody(data: Buffer): { body: ReadableStream<Uint8Array>; contentType: string } {
  const boundary = "----kontum-photo-test";
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="lon.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const whole = Buffer.concat([head, data, tail]);
  const chunk = 256 * 1024;
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= whole.length) return controller.close();
      controller.enqueue(new Uint8Array(whole.subarray(offset, offset + chunk)));
      offset += chunk;
    },
  });
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The files Medusa's local file provider holds for the stack (its upload folder). */
export function uploadedFiles(stack: TestStackInfo): string[] {
  const dir = stack.medusaEnv.MEDUSA_UPLOAD_DIR ?? path.join(stack.dataDir, "uploads");
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** An admin's JWT for the stack (the seeded admin), for raw requests the SDK does not make. */
export async function adminToken(stack: TestStackInfo): Promise<string> {
  const response = await fetch(`${stack.medusa}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(stack.admin),
  });
  if (!response.ok) throw new Error(`admin sign-in failed: HTTP ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}
