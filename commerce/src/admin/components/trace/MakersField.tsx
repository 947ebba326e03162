import { ArrowUpMini, Plus, XMarkMini } from "@medusajs/icons";
import { Badge, Button, IconButton, Text } from "@medusajs/ui";
import { useState } from "react";
import { useT } from "../../hooks/use-t";
import type { TraceMakerRef } from "../../lib/trace-form";
import { ArtisanPicker } from "../craft/ArtisanPicker";

interface MakersFieldProps {
  id: string;
  makers: TraceMakerRef[];
  onChange: (makers: TraceMakerRef[]) => void;
}

const MAX_MAKERS = 20;

/** The makers of a record, main maker first: add from the artisan search, remove, move one to the top. */
export function MakersField({ id, makers, onChange }: MakersFieldProps) {
  const { t } = useT();
  const [adding, setAdding] = useState(false);

  return (
    <div className="flex flex-col gap-y-2">
      {makers.length ? (
        <ul className="shadow-borders-base divide-y rounded-md" data-testid="trace-makers">
          {makers.map((maker, index) => (
            <li key={maker.id} className="flex items-center justify-between gap-x-2 px-3 py-2">
              <div className="min-w-0">
                <Text size="small" weight="plus" className="flex items-center gap-x-2">
                  {maker.display_name}
                  {index === 0 && <Badge size="2xsmall">{t("trace.form.mainMaker")}</Badge>}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {[maker.handle, maker.village_handle].filter(Boolean).join(" · ")}
                </Text>
              </div>
              <div className="flex gap-x-1">
                {index > 0 && (
                  <IconButton
                    type="button"
                    size="small"
                    variant="transparent"
                    aria-label={t("trace.form.makeMain")}
                    title={t("trace.form.makeMain")}
                    onClick={() => onChange([maker, ...makers.filter((other) => other.id !== maker.id)])}
                  >
                    <ArrowUpMini />
                  </IconButton>
                )}
                <IconButton
                  type="button"
                  size="small"
                  variant="transparent"
                  aria-label={t("trace.form.removeMaker", { name: maker.display_name })}
                  onClick={() => onChange(makers.filter((other) => other.id !== maker.id))}
                >
                  <XMarkMini />
                </IconButton>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          {t("trace.form.noMakers")}
        </Text>
      )}
      {adding ? (
        <div className="flex flex-col gap-y-2">
          <ArtisanPicker
            id={id}
            value={null}
            onChange={(artisan) => {
              if (artisan && !makers.some((maker) => maker.id === artisan.id)) onChange([...makers, artisan]);
              setAdding(false);
            }}
          />
          <Button type="button" size="small" variant="secondary" onClick={() => setAdding(false)}>
            {t("common.cancel")}
          </Button>
        </div>
      ) : (
        <div>
          <Button
            type="button"
            size="small"
            variant="secondary"
            disabled={makers.length >= MAX_MAKERS}
            onClick={() => setAdding(true)}
          >
            <Plus />
            {t("trace.form.addMaker")}
          </Button>
        </div>
      )}
    </div>
  );
}
