import { findVietnamProvince } from "./vietnam-provinces";

/**
 * What an order needs from the buyer before Medusa creates it. The storefront's checkout form checks
 * the same rules field by field (site/components/checkout/checkout-schema.ts); the cart-completion
 * hook (workflows/hooks/validate-cart-completion.ts) checks them again for any client.
 */

/** A practical email check: one @, no spaces, a dot in the domain. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isEmail(value: string | null | undefined): boolean {
  return typeof value === "string" && value.length <= 254 && EMAIL_PATTERN.test(value.trim());
}

/** A field of the order that breaks a rule. */
export type CheckoutProblem = "email" | "address_1" | "province" | "city" | "country_code";

export interface CheckoutAddress {
  address_1?: string | null;
  city?: string | null;
  province?: string | null;
  country_code?: string | null;
}

const blank = (value: string | null | undefined) => !value || !value.trim();

/**
 * Problems of an order about to be placed: a valid email always; for delivery (not pickup), a street
 * address, and in Vietnam a commune/ward and one of the 34 provinces.
 */
export function checkoutProblems(order: {
  email: string | null | undefined;
  pickup: boolean;
  address: CheckoutAddress | null | undefined;
}): CheckoutProblem[] {
  const problems: CheckoutProblem[] = [];
  if (!isEmail(order.email)) problems.push("email");
  if (order.pickup) return problems;
  const address = order.address ?? {};
  if (blank(address.country_code)) problems.push("country_code");
  if (blank(address.address_1)) problems.push("address_1");
  if (blank(address.city)) problems.push("city");
  if (address.country_code?.toLowerCase() === "vn" && !findVietnamProvince(address.province)) {
    problems.push("province");
  }
  return problems;
}
