import { useEffect, useId, useState, type SubmitEvent } from "react";
import { useRange } from "react-instantsearch";
import type { StoreCurrency } from "../../lib/commerce/regions.ts";
import type { SearchText } from "./search-strings.ts";

interface Props {
  t: SearchText;
  /** `price_vnd` or `price_usd`: the buyer's currency. */
  attribute: string;
  currency: StoreCurrency;
}

/** What people type: "200.000" or "200 000" đồng, "12.50" dollars. Empty is no bound. */
function parseAmount(text: string, currency: StoreCurrency): number | undefined {
  const cleaned = currency === "vnd" ? text.replace(/[.\s,₫đ]/gi, "") : text.replace(/[\s,$]/g, "");
  if (cleaned === "") return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

const shown = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? "" : String(value);

/** A price range in the buyer's currency: two fields and a button (a slider is hard on a phone). */
export function PriceRange({ t, attribute, currency }: Props) {
  const id = useId();
  const { start, range, refine, canRefine } = useRange({ attribute, precision: currency === "usd" ? 2 : 0 });
  const [min, setMin] = useState(shown(start[0]));
  const [max, setMax] = useState(shown(start[1]));
  const [from, to] = start;
  useEffect(() => {
    setMin(shown(from));
    setMax(shown(to));
  }, [from, to]);

  if (!canRefine && from === -Infinity && to === Infinity) return null;
  const inputMode = currency === "vnd" ? "numeric" : "decimal";
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    refine([parseAmount(min, currency), parseAmount(max, currency)]);
  };
  return (
    <form className="search-facet search-price" onSubmit={onSubmit} data-testid="facet-price">
      <fieldset>
        <legend>{t("search.filters.price", { currency: currency.toUpperCase() })}</legend>
        <p>
          <label htmlFor={`${id}-min`}>{t("search.filters.priceMin")}</label>
          <input
            id={`${id}-min`}
            type="text"
            inputMode={inputMode}
            autoComplete="off"
            placeholder={shown(range.min)}
            value={min}
            onChange={(event) => setMin(event.currentTarget.value)}
          />
        </p>
        <p>
          <label htmlFor={`${id}-max`}>{t("search.filters.priceMax")}</label>
          <input
            id={`${id}-max`}
            type="text"
            inputMode={inputMode}
            autoComplete="off"
            placeholder={shown(range.max)}
            value={max}
            onChange={(event) => setMax(event.currentTarget.value)}
          />
        </p>
        <button type="submit" className="button--secondary">
          {t("search.filters.priceApply")}
        </button>
      </fieldset>
    </form>
  );
}
