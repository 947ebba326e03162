import type { CartView } from "../../lib/commerce/cart/cart-view.ts";
import type { CartKey } from "../cart/cart-strings.ts";

interface Props {
  cart: CartView;
  /** The chosen way to receive's price, or null before a choice. */
  shippingAmount: number | null;
  money: (amount: number) => string;
  t: (key: CartKey, values?: Record<string, string | number>) => string;
}

/** The lines and totals, as they will be ordered. */
export function OrderSummary({ cart, shippingAmount, money, t }: Props) {
  return (
    <section className="checkout-summary" aria-labelledby="checkout-summary-title">
      <h2 id="checkout-summary-title">{t("cart.checkout.summary")}</h2>
      <ul>
        {cart.lines.map((line) => (
          <li key={line.id}>
            <span>
              {line.title}
              {line.variantTitle ? ` (${line.variantTitle})` : ""} × {line.quantity}
            </span>
            <span>{money(line.total)}</span>
          </li>
        ))}
      </ul>
      <dl>
        <dt>{t("cart.subtotal")}</dt>
        <dd>{money(cart.itemTotal)}</dd>
        <dt>{t("cart.shipping")}</dt>
        <dd>
          {shippingAmount === null
            ? "—"
            : shippingAmount === 0
              ? t("cart.checkout.free")
              : money(shippingAmount)}
        </dd>
        <dt>{t("cart.total")}</dt>
        <dd data-testid="checkout-total">
          <strong>{money(cart.itemTotal + (shippingAmount ?? 0))}</strong>
        </dd>
      </dl>
    </section>
  );
}
