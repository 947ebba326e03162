import { MagnifyingGlass } from "@medusajs/icons";
import { Input, Text } from "@medusajs/ui";
import { useEffect, useState } from "react";
import { useProductSearch, type ProductHit } from "../../hooks/use-product-search";
import { useT } from "../../hooks/use-t";

interface ProductSearchListProps {
  id: string;
  onPick: (product: ProductHit) => void;
  autoFocus?: boolean;
}

/** A search box over the products (by title) and the matches under it, each a button. */
export function ProductSearchList({ id, onPick, autoFocus }: ProductSearchListProps) {
  const { t } = useT();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const { data: products = [], isFetching } = useProductSearch(q);

  return (
    <div className="flex flex-col gap-y-2">
      <div className="relative">
        <Input
          id={id}
          type="search"
          size="small"
          autoFocus={autoFocus}
          placeholder={t("trace.form.productSearch")}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <MagnifyingGlass className="text-ui-fg-muted pointer-events-none absolute right-2 top-1.5" />
      </div>
      <ul className="shadow-borders-base max-h-64 divide-y overflow-y-auto rounded-md" aria-busy={isFetching}>
        {products.map((product) => (
          <li key={product.id}>
            <button
              type="button"
              className="hover:bg-ui-bg-base-hover flex w-full items-center gap-x-3 px-3 py-2 text-left"
              onClick={() => onPick(product)}
            >
              {product.thumbnail ? (
                <img src={product.thumbnail} alt="" className="h-8 w-8 flex-none rounded object-cover" />
              ) : (
                <span className="bg-ui-bg-component h-8 w-8 flex-none rounded" />
              )}
              <span className="min-w-0">
                <Text size="small" weight="plus" as="span" className="block truncate">
                  {product.title}
                </Text>
                <Text size="xsmall" as="span" className="text-ui-fg-subtle block truncate">
                  {product.handle}
                </Text>
              </span>
            </button>
          </li>
        ))}
        {!products.length && (
          <li className="px-3 py-2">
            <Text size="small" className="text-ui-fg-muted">
              {isFetching ? t("common.loading") : t("trace.form.productNoResults")}
            </Text>
          </li>
        )}
      </ul>
    </div>
  );
}
