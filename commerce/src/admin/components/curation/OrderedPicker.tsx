import { ArrowDownMini, ArrowUpMini, XMarkMini } from "@medusajs/icons";
import { IconButton, Label, Text } from "@medusajs/ui";
import { useT } from "../../hooks/use-t";
import { OptionSelect } from "../common/OptionSelect";
import { moveItem } from "./move-item";

export interface PickerOption {
  value: string;
  /** Name in the dashboard's language. */
  label: string;
  /** A second line: the other language's name, a length, a season. */
  detail?: string;
}

interface OrderedPickerProps {
  id: string;
  /** Handles, in order. */
  value: string[];
  onChange: (value: string[]) => void;
  options: PickerOption[];
  /** Label of the select that adds one: "Add a village". */
  addLabel: string;
  max: number;
}

/**
 * An ordered choice of handles: each chosen one with up, down and remove buttons (all reachable and
 * usable from the keyboard, each named for screen readers), and a select to add one of the others.
 */
export function OrderedPicker({ id, value, onChange, options, addLabel, max }: OrderedPickerProps) {
  const { t } = useT();
  const byValue = new Map(options.map((option) => [option.value, option]));
  const remaining = options.filter((option) => !value.includes(option.value));
  const focusButton = (selector: string) =>
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(selector)?.focus());
  const move = (from: number, to: number, direction: "up" | "down") => {
    onChange(moveItem(value, from, to));
    // Keep the focus on the moved item's button, so that it can be moved again at once.
    const target =
      direction === "up" && to === 0
        ? "down"
        : direction === "down" && to === value.length - 1
          ? "up"
          : direction;
    focusButton(`#${id} [data-position="${to}"] [data-move="${target}"]`);
  };
  return (
    <div id={id} className="flex flex-col gap-y-2">
      {value.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t("curation.empty")}
        </Text>
      ) : (
        <ol className="flex flex-col gap-y-2" data-testid={`${id}-list`}>
          {value.map((handle, index) => {
            const option = byValue.get(handle);
            const name = option?.label ?? t("curation.unknownHandle", { handle });
            return (
              <li
                key={handle}
                data-position={index}
                data-handle={handle}
                className="bg-ui-bg-component flex items-center gap-x-3 rounded-md px-3 py-2 shadow-elevation-card-rest"
              >
                <Text size="small" weight="plus" className="text-ui-fg-muted w-6 shrink-0 text-right">
                  {t("curation.position", { position: index + 1 })}
                </Text>
                <div className="min-w-0 flex-1">
                  <Text size="small" weight="plus" className="truncate">
                    {name}
                  </Text>
                  {option?.detail && (
                    <Text size="xsmall" className="text-ui-fg-subtle truncate">
                      {option.detail}
                    </Text>
                  )}
                </div>
                <IconButton
                  type="button"
                  size="small"
                  variant="transparent"
                  data-move="up"
                  aria-label={t("curation.moveUp", { name })}
                  title={t("curation.moveUp", { name })}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1, "up")}
                >
                  <ArrowUpMini />
                </IconButton>
                <IconButton
                  type="button"
                  size="small"
                  variant="transparent"
                  data-move="down"
                  aria-label={t("curation.moveDown", { name })}
                  title={t("curation.moveDown", { name })}
                  disabled={index === value.length - 1}
                  onClick={() => move(index, index + 1, "down")}
                >
                  <ArrowDownMini />
                </IconButton>
                <IconButton
                  type="button"
                  size="small"
                  variant="transparent"
                  aria-label={t("curation.remove", { name })}
                  title={t("curation.remove", { name })}
                  onClick={() => onChange(value.filter((chosen) => chosen !== handle))}
                >
                  <XMarkMini />
                </IconButton>
              </li>
            );
          })}
        </ol>
      )}
      {remaining.length > 0 && value.length < max && (
        <div className="flex max-w-sm flex-col gap-y-1">
          <Label htmlFor={`${id}-add`} size="small" weight="plus">
            {addLabel}
          </Label>
          <OptionSelect
            id={`${id}-add`}
            size="small"
            value=""
            placeholder={t("curation.add")}
            options={remaining.map((option) => ({ value: option.value, label: option.label }))}
            onChange={(handle) => handle && onChange([...value, handle])}
          />
        </div>
      )}
    </div>
  );
}
