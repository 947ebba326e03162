import type { Logger, MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";

/** Prints one progress line; `npm start` shows the text after "[setup]". */
export type Progress = (message: string) => void;

/** What every setup and seed step receives. */
export interface SetupContext {
  container: MedusaContainer;
  progress: Progress;
}

export function createSetupContext(container: MedusaContainer): SetupContext {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  return { container, progress: (message) => logger.info(`[setup] ${message}`) };
}
