import { createShippingProfilesWorkflow } from "@medusajs/medusa/core-flows";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import type { SetupContext } from "../setup/progress";

/** The default shipping profile (`db:migrate` creates one); created if missing. Returns its id. */
export async function ensureDefaultShippingProfile({ container }: SetupContext): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  });
  const [existing] = data;
  if (existing) return existing.id;
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  });
  return result[0].id;
}
