import { Checkbox, Hint, Label, Text } from "@medusajs/ui";
import type { AdminMark } from "../../../api/admin/marks/types";
import { markUse } from "../../../modules/trace/marks/mark-use";
import { useMarks } from "../../hooks/use-marks";
import { useMarkText } from "../../hooks/use-mark-text";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import type { ProductArtisanRef } from "../../lib/types";

interface MarkChecklistProps {
  /** Handles of the chosen marks. */
  value: string[];
  onChange: (marks: string[]) => void;
  /** The product's artisan as chosen in the form: each mark shows whether they may use it today. */
  artisan: ProductArtisanRef | null;
  /** A refused save's reason per mark handle (or a form error under "marks"). */
  errors: Record<string, string>;
}

/** The registry's marks as checkboxes, each with the chosen artisan's right to use it today. */
export function MarkChecklist({ value, onChange, artisan, errors }: MarkChecklistProps) {
  const { t } = useT();
  const { markName, kindName, day, refusalText } = useMarkText();
  const { data: registry, isLoading, error } = useMarks();

  if (error) {
    return (
      <Text size="small" className="text-ui-fg-error">
        {t("common.loadError", { message: errorMessage(error) })}
      </Text>
    );
  }
  if (isLoading || !registry) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {t("common.loading")}
      </Text>
    );
  }
  // Handles the profile names that the registry does not know stay listed, so they can be unticked.
  const unknown = value.filter((handle) => !registry.some((mark) => mark.handle === handle));
  const entries: { handle: string; mark?: AdminMark }[] = [
    ...registry.map((mark) => ({ handle: mark.handle, mark })),
    ...unknown.map((handle) => ({ handle })),
  ];
  const toggle = (handle: string, checked: boolean) =>
    onChange(checked ? [...value, handle] : value.filter((chosen) => chosen !== handle));

  const status = (handle: string, mark: AdminMark | undefined): { text: string; allowed: boolean } | null => {
    if (!mark) {
      return { text: refusalText({ reason: "unknown_mark" }, { mark, handle, artisan: "" }), allowed: false };
    }
    if (!artisan) return null;
    const use = markUse(mark, artisan.id, new Date());
    if (use.allowed) {
      return {
        text: use.valid_to
          ? t("marks.craft.allowedUntil", { date: day(use.valid_to) })
          : t("marks.craft.allowedOpen"),
        allowed: true,
      };
    }
    return { text: refusalText(use, { mark, handle, artisan: artisan.display_name }), allowed: false };
  };

  return (
    <fieldset className="flex flex-col gap-y-3" data-testid="craft-marks">
      <legend className="txt-compact-small-plus text-ui-fg-base mb-2">{t("craft.marks")}</legend>
      <Hint>{artisan ? t("marks.craft.hint") : t("marks.craft.chooseArtisanFirst")}</Hint>
      {entries.length === 0 && (
        <Text size="small" className="text-ui-fg-muted">
          {t("marks.craft.none")}
        </Text>
      )}
      {entries.map(({ handle, mark }) => {
        const checked = value.includes(handle);
        const state = status(handle, mark);
        const refusal = errors[`marks.${handle}`];
        return (
          <div
            key={handle}
            className="flex items-start gap-x-2"
            data-testid="craft-mark"
            data-handle={handle}
          >
            <Checkbox
              id={`craft-mark-${handle}`}
              className="mt-0.5"
              checked={checked}
              aria-invalid={!!refusal || undefined}
              aria-describedby={`craft-mark-${handle}-status`}
              onCheckedChange={(next) => toggle(handle, next === true)}
            />
            <div className="flex min-w-0 flex-col">
              <Label htmlFor={`craft-mark-${handle}`} size="small" weight="plus">
                {mark ? markName(mark.name) : handle}
              </Label>
              {mark && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {kindName(mark.kind)} · {mark.owner}
                </Text>
              )}
              <span id={`craft-mark-${handle}-status`}>
                {refusal ? (
                  <Hint variant="error" data-testid="craft-mark-refusal">
                    {refusal}
                  </Hint>
                ) : (
                  state && (
                    <Text
                      size="xsmall"
                      className={
                        state.allowed
                          ? "text-ui-fg-subtle"
                          : checked
                            ? "text-ui-fg-error"
                            : "text-ui-fg-muted"
                      }
                    >
                      {state.text}
                    </Text>
                  )
                )}
              </span>
            </div>
          </div>
        );
      })}
      {errors.marks && <Hint variant="error">{errors.marks}</Hint>}
    </fieldset>
  );
}
