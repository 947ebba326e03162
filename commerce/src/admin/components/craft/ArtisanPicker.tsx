import { MagnifyingGlass, XMarkMini } from "@medusajs/icons";
import { Badge, Button, Input, Text } from "@medusajs/ui";
import { useEffect, useState } from "react";
import { useArtisans } from "../../hooks/use-artisans";
import { useT } from "../../hooks/use-t";
import type { ProductArtisanRef } from "../../lib/types";

interface ArtisanPickerProps {
  id: string;
  value: ProductArtisanRef | null;
  onChange: (artisan: ProductArtisanRef | null) => void;
}

/** Shows the chosen artisan; "Change" opens a search over GET /admin/artisans?q=. */
export function ArtisanPicker({ id, value, onChange }: ArtisanPickerProps) {
  const { t, ethnicGroupName } = useT();
  const [searching, setSearching] = useState(!value);
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const { data, isFetching } = useArtisans({ q, limit: 8 }, { enabled: searching });

  if (!searching && value) {
    return (
      <div className="shadow-borders-base bg-ui-bg-field flex items-center justify-between gap-x-2 rounded-md px-3 py-2">
        <div className="min-w-0">
          <Text size="small" weight="plus">
            {value.display_name}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {value.handle} · {value.village_handle}
          </Text>
        </div>
        <div className="flex gap-x-1">
          <Button type="button" size="small" variant="transparent" onClick={() => setSearching(true)}>
            {t("common.change")}
          </Button>
          <Button type="button" size="small" variant="transparent" onClick={() => onChange(null)}>
            <XMarkMini />
            {t("common.remove")}
          </Button>
        </div>
      </div>
    );
  }

  const artisans = data?.artisans ?? [];
  return (
    <div className="flex flex-col gap-y-2">
      <div className="relative">
        <Input
          id={id}
          type="search"
          size="small"
          placeholder={t("craft.artisanSearch")}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <MagnifyingGlass className="text-ui-fg-muted pointer-events-none absolute right-2 top-1.5" />
      </div>
      <ul className="shadow-borders-base divide-y rounded-md" aria-busy={isFetching}>
        {artisans.map((artisan) => (
          <li key={artisan.id}>
            <button
              type="button"
              className="hover:bg-ui-bg-base-hover flex w-full items-center justify-between gap-x-2 px-3 py-2 text-left"
              onClick={() => {
                onChange(artisan);
                setSearching(false);
              }}
            >
              <span className="min-w-0">
                <Text size="small" weight="plus" as="span" className="block">
                  {artisan.display_name}
                </Text>
                <Text size="xsmall" as="span" className="text-ui-fg-subtle block">
                  {artisan.handle} · {artisan.village_handle}
                </Text>
              </span>
              <Badge size="2xsmall">{ethnicGroupName(artisan.ethnic_group)}</Badge>
            </button>
          </li>
        ))}
        {!artisans.length && (
          <li className="px-3 py-2">
            <Text size="small" className="text-ui-fg-muted">
              {isFetching ? t("common.loading") : t("craft.artisanNoResults")}
            </Text>
          </li>
        )}
      </ul>
      {value && (
        <Button type="button" size="small" variant="secondary" onClick={() => setSearching(false)}>
          {t("common.cancel")}
        </Button>
      )}
    </div>
  );
}
