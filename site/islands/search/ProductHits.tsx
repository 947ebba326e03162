import type { Hit } from "instantsearch.js";
import { Highlight, useHits } from "react-instantsearch";
import type { ProductDocument } from "../../../search-config/products.ts";
import { formatPrice } from "../../lib/money/format-price.ts";
import type { SearchPageProps } from "./search-props.ts";
import type { SearchText } from "./search-strings.ts";

type ProductHit = Hit<ProductDocument>;

interface Props {
  t: SearchText;
  locale: SearchPageProps["locale"];
  currency: SearchPageProps["currency"];
  /** The catalogue's path; a product is `<products>/<handle>`. */
  products: string;
}

/** The title with the matched words marked, or plain when the search engine sent no highlight. */
function Title({ hit }: { hit: ProductHit }) {
  return hit._highlightResult?.title ? <Highlight attribute="title" hit={hit} /> : <>{hit.title}</>;
}

function Price({ hit, t, locale, currency }: { hit: ProductHit } & Omit<Props, "products">) {
  const amount = currency === "usd" ? hit.price_usd : hit.price_vnd;
  const intl = locale === "vi" ? "vi-VN" : "en-US";
  return (
    <p className="product-card__price">
      <span data-testid="search-hit-price">
        {amount === null ? t("search.hit.noPrice") : formatPrice(amount, currency, intl)}
      </span>
      {!hit.in_stock && <span className="search-hit__sold-out"> · {t("search.hit.soldOut")}</span>}
    </p>
  );
}

/** One page of product hits as cards: picture, title with the match marked, maker and village, price. */
export function ProductHits(props: Props) {
  const { items } = useHits<ProductDocument>();
  if (items.length === 0) return null;
  return (
    <ul className="product-grid search-hits" data-testid="search-hits">
      {items.map((hit, position) => {
        const maker = [hit.artisan_name, hit.village_name].filter(Boolean);
        return (
          <li key={hit.objectID}>
            <article className="product-card search-hit" data-testid="search-hit">
              {hit.thumbnail ? (
                <img
                  src={hit.thumbnail}
                  alt=""
                  width={320}
                  height={320}
                  loading={position < 2 ? "eager" : "lazy"}
                  decoding="async"
                />
              ) : (
                <div className="product-card__placeholder" aria-hidden="true" />
              )}
              <h3>
                <a href={`${props.products}/${hit.handle}`} data-testid="search-hit-title">
                  <Title hit={hit} />
                </a>
              </h3>
              {maker.length > 0 && (
                <p className="search-hit__maker">
                  {maker.length === 2
                    ? props.t("search.hit.maker", { artisan: maker[0]!, village: maker[1]! })
                    : maker[0]}
                </p>
              )}
              <Price hit={hit} t={props.t} locale={props.locale} currency={props.currency} />
            </article>
          </li>
        );
      })}
    </ul>
  );
}
