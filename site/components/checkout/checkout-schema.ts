import { z } from "zod";
import { isEmail } from "../../../commerce/src/lib/checkout-rules.ts";
import { findVietnamProvince } from "../../../commerce/src/lib/vietnam-provinces.ts";

/** The checkout form's fields, in the order they appear (the error summary and focus follow it). */
export const CHECKOUT_FIELDS = [
  "email",
  "phone",
  "shippingOptionId",
  "fullName",
  "countryCode",
  "street",
  "ward",
  "city",
  "province",
  "postalCode",
  "paymentProvider",
] as const;
export type CheckoutField = (typeof CHECKOUT_FIELDS)[number];
export type CheckoutValues = Record<CheckoutField, string>;

/** What the rules depend on: the cart's region and the buyer's choice of how to receive. */
export interface CheckoutContext {
  /** The Vietnam region (VND): Vietnamese address; otherwise an international one. */
  vietnam: boolean;
  /** ISO 3166-1 alpha-2 codes of the region's countries, lower case. */
  countries: string[];
  shippingOptionIds: string[];
  pickupOptionIds: string[];
  paymentProviders: string[];
}

/** Each error names the dictionary key of its message (`cart.checkout.error.<key>`). */
export type CheckoutErrorKey =
  | "email"
  | "phone"
  | "fullName"
  | "shipping"
  | "street"
  | "ward"
  | "province"
  | "city"
  | "postalCode"
  | "country"
  | "payment";

const PHONE = /^\+?[0-9]{8,15}$/;
const required = (key: CheckoutErrorKey) => z.string().trim().min(1, key);
const oneOf = (values: string[], key: CheckoutErrorKey) =>
  z.string().refine((value) => values.includes(value), key);

function schemaFor(context: CheckoutContext, pickup: boolean) {
  const base = {
    email: z.string().trim().refine(isEmail, "email"),
    phone: z
      .string()
      .transform((value) => value.replace(/[\s.()-]/g, ""))
      .pipe(z.string().regex(PHONE, "phone")),
    shippingOptionId: oneOf(context.shippingOptionIds, "shipping"),
    fullName: required("fullName"),
    paymentProvider: oneOf(context.paymentProviders, "payment"),
  };
  if (pickup) return z.object(base);
  if (context.vietnam) {
    return z.object({
      ...base,
      street: required("street"),
      ward: required("ward"),
      province: z.string().refine((value) => Boolean(findVietnamProvince(value)), "province"),
    });
  }
  return z.object({
    ...base,
    countryCode: oneOf(context.countries, "country"),
    street: required("street"),
    city: required("city"),
    postalCode: required("postalCode"),
  });
}

export type CheckoutResult =
  | { ok: true; values: CheckoutValues }
  | { ok: false; errors: Partial<Record<CheckoutField, CheckoutErrorKey>> };

/** Checks the form; nothing goes to Medusa unless this says ok. Values come back trimmed. */
export function validateCheckout(values: CheckoutValues, context: CheckoutContext): CheckoutResult {
  const pickup = context.pickupOptionIds.includes(values.shippingOptionId);
  const parsed = schemaFor(context, pickup).safeParse(values);
  if (parsed.success) return { ok: true, values: { ...values, ...parsed.data } };
  const errors: Partial<Record<CheckoutField, CheckoutErrorKey>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as CheckoutField;
    errors[field] ??= issue.message as CheckoutErrorKey;
  }
  return { ok: false, errors };
}

/** The address Medusa keeps: full name in `first_name` (Vietnamese names do not split in two). */
export function toMedusaAddress(values: CheckoutValues, context: CheckoutContext, pickup: boolean) {
  const common = { first_name: values.fullName, last_name: "", phone: values.phone };
  if (pickup) return { ...common, country_code: context.countries[0] ?? "vn" };
  if (context.vietnam) {
    const province = findVietnamProvince(values.province);
    return {
      ...common,
      address_1: values.street,
      city: values.ward,
      province: province?.name ?? values.province,
      postal_code: "",
      country_code: "vn",
    };
  }
  return {
    ...common,
    address_1: values.street,
    city: values.city,
    province: "",
    postal_code: values.postalCode,
    country_code: values.countryCode,
  };
}
