import { useState } from "react";
import { intlLocale, type Locale } from "../../i18n/index.ts";
import type { CartView } from "../../lib/commerce/cart/cart-view.ts";
import { formatPrice } from "../../lib/money/format-price.ts";
import { CartLine } from "./CartLine.tsx";
import { cartStrings } from "./cart-strings.ts";
import { changeLine, type LineChange } from "./change-line.ts";

interface Props {
  locale: Locale;
  cart: CartView;
  /** Localized paths: `/checkout`, `/products/` (a product's page is the prefix plus its handle). */
  checkoutHref: string;
  productPathPrefix: string;
  browseHref: string;
}

/** The cart's lines with quantity and remove controls, the subtotal and the way to checkout. */
export default function CartEditor({
  locale,
  cart: initial,
  checkoutHref,
  productPathPrefix,
  browseHref,
}: Props) {
  const t = cartStrings(locale);
  const [cart, setCart] = useState(initial);
  const [busyLine, setBusyLine] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const money = (amount: number) => formatPrice(amount, cart.currencyCode, intlLocale(locale));

  async function change(lineId: string, what: LineChange) {
    const line = cart.lines.find((candidate) => candidate.id === lineId);
    if (!line) return;
    setBusyLine(lineId);
    setStatus({ text: t("cart.working"), error: false });
    const result = await changeLine(cart, lineId, what);
    setBusyLine(null);
    if (!result.ok) {
      setStatus({ text: t(`cart.error.${result.error}`), error: true });
      return;
    }
    setCart(result.cart);
    setStatus({
      text: what.kind === "remove" ? t("cart.removed", { name: line.title }) : t("cart.updated"),
      error: false,
    });
  }

  return (
    <div className="cart-editor">
      <p
        role="status"
        className={status?.error ? "notice notice--error" : status ? "notice notice--success" : ""}
      >
        {status?.text}
      </p>
      {cart.lines.length === 0 ? (
        <p>
          {t("cart.empty")} <a href={browseHref}>{t("cart.browse")}</a>
        </p>
      ) : (
        <>
          <h2 className="visually-hidden">{t("cart.lines")}</h2>
          <ul className="cart-lines">
            {cart.lines.map((line) => (
              // A new key after each change resets the quantity field to what Medusa kept.
              <CartLine
                key={`${line.id}:${line.quantity}`}
                line={line}
                action={`/api/cart/line-items/${line.id}`}
                locale={locale}
                productHref={line.handle ? `${productPathPrefix}${line.handle}` : null}
                busy={busyLine !== null}
                money={money}
                t={t}
                onChange={(what) => change(line.id, what)}
              />
            ))}
          </ul>
          <dl className="cart-totals">
            <dt>{t("cart.subtotal")}</dt>
            <dd data-testid="cart-subtotal">{money(cart.itemTotal)}</dd>
          </dl>
          <p className="hint">{t("cart.shippingLater")}</p>
          <p>
            <a className="button" href={checkoutHref}>
              {t("cart.checkout")}
            </a>
          </p>
        </>
      )}
    </div>
  );
}
