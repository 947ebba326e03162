import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework";
import { ContainerRegistrationKeys, ProductWorkflowEvents } from "@medusajs/framework/utils";

/**
 * Logs which process handled a product creation. With Redis, only worker processes handle events;
 * the Redis-mode integration test checks for this line in the worker's log and not in the server's.
 */
export default async function productCreatedLogHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE);
  logger.info(
    `[kontum] product.created ${event.data.id} handled by pid ${process.pid} mode ${projectConfig.workerMode}`,
  );
}

export const config: SubscriberConfig = {
  event: ProductWorkflowEvents.CREATED,
};
