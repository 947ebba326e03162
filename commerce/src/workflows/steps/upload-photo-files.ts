import { Modules } from "@medusajs/framework/utils";
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import type { PhotoFileInput } from "../../lib/photos/stored-photo";

/**
 * Writes a photo's files through the File Module (local disk now, S3 later), one after another; if one
 * fails, the ones already written are deleted before the error goes on. The undo deletes them all.
 */
export const uploadPhotoFilesStep = createStep(
  "upload-photo-files",
  async (files: PhotoFileInput[], { container }) => {
    const service = container.resolve(Modules.FILE);
    const written: { id: string; url: string }[] = [];
    try {
      for (const file of files) {
        const [created] = await service.createFiles([file]);
        if (created) written.push({ id: created.id, url: created.url });
      }
    } catch (error) {
      if (written.length) await service.deleteFiles(written.map((file) => file.id));
      throw error;
    }
    return new StepResponse(
      written,
      written.map((file) => file.id),
    );
  },
  async (ids, { container }) => {
    if (!ids?.length) return;
    await container.resolve(Modules.FILE).deleteFiles(ids);
  },
);
