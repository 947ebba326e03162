import { z } from "zod";
import { isLocale, type Locale } from "../../../i18n/index.ts";
import { MAX_LINE_QUANTITY } from "./cart-view.ts";

/** The product page's add-to-cart form (`POST /api/cart/line-items`), as plain HTML sends it. */
export const AddToCartFormSchema = z.object({
  variant_id: z.string().regex(/^variant_[0-9A-Za-z]{10,40}$/),
  quantity: z.coerce.number().int().min(1).max(MAX_LINE_QUANTITY),
});

export type AddToCartForm = z.infer<typeof AddToCartFormSchema>;

/** The form's language, for the page to go back to; Vietnamese when missing or unknown. */
export function formLocale(form: FormData): Locale {
  const value = form.get("locale");
  return typeof value === "string" && isLocale(value) ? value : "vi";
}

/** Where the buyer lands after adding: the cart page in their language, with what happened. */
export function cartPagePath(locale: Locale, result: { error?: string; added?: boolean } = {}): string {
  const base = locale === "en" ? "/en/cart" : "/cart";
  const query = new URLSearchParams();
  if (result.error) query.set("error", result.error);
  if (result.added) query.set("added", "1");
  const search = query.toString();
  return search ? `${base}?${search}` : base;
}
