import { useState, type FormEvent } from "react";
import type { CartLineView } from "../../lib/commerce/cart/cart-view.ts";
import { MAX_LINE_QUANTITY } from "../../lib/commerce/cart/cart-view.ts";
import type { CartKey } from "./cart-strings.ts";
import type { LineChange } from "./change-line.ts";

interface Props {
  line: CartLineView;
  /** The no-JS form's target: `POST /api/cart/line-items/<id>`. */
  action: string;
  locale: string;
  productHref: string | null;
  busy: boolean;
  money: (amount: number) => string;
  t: (key: CartKey, values?: Record<string, string | number>) => string;
  onChange: (change: LineChange) => void;
}

/** One line: picture, name, price, a quantity form (update, remove) that also works without JS. */
export function CartLine({ line, action, locale, productHref, busy, money, t, onChange }: Props) {
  const [quantity, setQuantity] = useState(String(line.quantity));
  const max = Math.min(line.maxQuantity ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY);
  const inputId = `quantity-${line.id}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter instanceof HTMLButtonElement && submitter.value === "remove") {
      onChange({ kind: "remove" });
      return;
    }
    onChange({ kind: "update", quantity: Number(quantity) });
  }

  return (
    <li className="cart-line" data-testid="cart-line">
      {line.thumbnail ? (
        <img src={line.thumbnail} alt="" width={80} height={80} loading="lazy" />
      ) : (
        <span className="cart-line__placeholder" aria-hidden="true" />
      )}
      <div className="cart-line__body">
        <h3>
          {productHref ? <a href={productHref}>{line.title}</a> : line.title}
          {line.variantTitle && <span className="hint"> · {line.variantTitle}</span>}
        </h3>
        <p className="hint">
          {t("cart.unitPrice")}: {money(line.unitPrice)}
          {line.maxQuantity !== null && <> · {t("cart.inStock", { count: line.maxQuantity })}</>}
        </p>
        <form method="post" action={action} onSubmit={submit} className="cart-line__form">
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor={inputId}>{t("cart.quantity")}</label>
          <input
            id={inputId}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={max}
            step={1}
            value={quantity}
            aria-label={t("cart.quantityOf", { name: line.title })}
            onChange={(event) => setQuantity(event.target.value)}
          />
          <button type="submit" name="intent" value="update" disabled={busy}>
            {t("cart.update")}
          </button>
          <button
            type="submit"
            name="intent"
            value="remove"
            className="button--secondary"
            disabled={busy}
            aria-label={t("cart.removeName", { name: line.title })}
          >
            {t("cart.remove")}
          </button>
        </form>
      </div>
      <p className="cart-line__total" data-testid="cart-line-total">
        <span className="visually-hidden">{t("cart.lineTotal")}: </span>
        {money(line.total)}
      </p>
    </li>
  );
}
