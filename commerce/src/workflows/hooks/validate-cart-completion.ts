import { completeCartWorkflow } from "@medusajs/medusa/core-flows";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import { checkoutProblems, type CheckoutAddress } from "../../lib/checkout-rules";

interface CartToComplete {
  email?: string | null;
  shipping_address?: CheckoutAddress | null;
  shipping_methods?: ({ shipping_option_id?: string | null } | null)[] | null;
}

/** What each problem means, for the buyer's client (the storefront shows its own words per field). */
const MESSAGES = {
  email: "the email address is missing or invalid",
  address_1: "the delivery address has no house number and street",
  city: "the delivery address has no commune, ward or city",
  province: "the delivery address is not in one of Vietnam's 34 provinces and cities",
  country_code: "the delivery address has no country",
} as const;

/**
 * Before an order is created, the same rules as the storefront's checkout form: a valid email, and for
 * delivery a street, a commune/ward and, in Vietnam, a known province. A client that skips the form
 * (or calls the store API directly) gets a 400 "invalid_data" naming what is wrong.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const order = cart as CartToComplete;
  const optionIds = (order.shipping_methods ?? []).flatMap((method) =>
    method?.shipping_option_id ? [method.shipping_option_id] : [],
  );
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: options } = optionIds.length
    ? await query.graph({
        entity: "shipping_option",
        fields: ["id", "service_zone.fulfillment_set.type"],
        filters: { id: optionIds },
      })
    : { data: [] };
  // No shipping method: Medusa's own validation refuses the cart; treat it as a delivery here.
  const pickup =
    options.length > 0 && options.every((option) => option.service_zone?.fulfillment_set?.type === "pickup");
  const problems = checkoutProblems({ email: order.email, pickup, address: order.shipping_address });
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The order cannot be placed: ${problems.map((problem) => MESSAGES[problem]).join("; ")}.`,
    );
  }
});
