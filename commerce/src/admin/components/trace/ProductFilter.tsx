import { XMarkMini } from "@medusajs/icons";
import { Button, IconButton, Popover } from "@medusajs/ui";
import { useState } from "react";
import { useT } from "../../hooks/use-t";
import type { TraceProductRef } from "../../lib/trace-form";
import { ProductSearchList } from "./ProductSearchList";

interface ProductFilterProps {
  value: TraceProductRef | null;
  onChange: (product: TraceProductRef | null) => void;
}

/** The list's product filter: a button that opens the product search, and × to clear it. */
export function ProductFilter({ value, onChange }: ProductFilterProps) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <div className="flex items-center gap-x-1">
      <Popover open={open} onOpenChange={setOpen}>
        <Popover.Trigger asChild>
          <Button size="small" variant="secondary" data-testid="trace-product-filter">
            {value ? value.title : t("trace.filterProduct")}
          </Button>
        </Popover.Trigger>
        <Popover.Content align="start" className="w-80 p-2">
          <ProductSearchList
            id="trace-product-filter-search"
            autoFocus
            onPick={(product) => {
              onChange({ id: product.id, title: product.title });
              setOpen(false);
            }}
          />
        </Popover.Content>
      </Popover>
      {value && (
        <IconButton
          size="small"
          variant="transparent"
          aria-label={t("trace.clearFilter")}
          onClick={() => onChange(null)}
        >
          <XMarkMini />
        </IconButton>
      )}
    </div>
  );
}
