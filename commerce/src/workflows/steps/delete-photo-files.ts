import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils";
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";

/**
 * Deletes the files of a removed photo, after the product no longer shows it. A failure is logged, not
 * thrown: the product is already right, and undoing it would show a photo whose files may be gone.
 */
export const deletePhotoFilesStep = createStep("delete-photo-files", async (ids: string[], { container }) => {
  if (!ids.length) return new StepResponse(undefined);
  try {
    await container.resolve(Modules.FILE).deleteFiles(ids);
  } catch (error) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
    logger.warn(`Photo files ${ids.join(", ")} could not be deleted: ${String(error)}. Delete them by hand.`);
  }
  return new StepResponse(undefined);
});
