import { Button, Text } from "@medusajs/ui";
import { useState } from "react";
import { useT } from "../../hooks/use-t";
import type { TraceProductRef } from "../../lib/trace-form";
import { ProductSearchList } from "./ProductSearchList";

interface ProductPickerProps {
  id: string;
  value: TraceProductRef | null;
  onChange: (product: TraceProductRef) => void;
}

/** The product of a new record: the chosen one with "Change", or the search. */
export function ProductPicker({ id, value, onChange }: ProductPickerProps) {
  const { t } = useT();
  const [searching, setSearching] = useState(!value);

  if (!searching && value) {
    return (
      <div className="shadow-borders-base bg-ui-bg-field flex items-center justify-between gap-x-2 rounded-md px-3 py-2">
        <Text size="small" weight="plus" data-testid="trace-product-chosen">
          {value.title}
        </Text>
        <Button type="button" size="small" variant="transparent" onClick={() => setSearching(true)}>
          {t("common.change")}
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-y-2">
      <ProductSearchList
        id={id}
        onPick={(product) => {
          onChange({ id: product.id, title: product.title });
          setSearching(false);
        }}
      />
      {value && (
        <Button type="button" size="small" variant="secondary" onClick={() => setSearching(false)}>
          {t("common.cancel")}
        </Button>
      )}
    </div>
  );
}
