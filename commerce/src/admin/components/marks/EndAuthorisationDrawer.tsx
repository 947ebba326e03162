import { Input, toast } from "@medusajs/ui";
import { useState } from "react";
import type { AdminMarkAuthorisation } from "../../../api/admin/marks/types";
import { useFormFeedback } from "../../hooks/use-form-feedback";
import { useEndAuthorisation } from "../../hooks/use-marks";
import { useMarkText } from "../../hooks/use-mark-text";
import { useT } from "../../hooks/use-t";
import { todayInVietnam } from "../../lib/calendar-day";
import { checkEndDay } from "../../lib/mark-form";
import { Field } from "../common/Field";
import { FormDrawer } from "../common/FormDrawer";

interface EndAuthorisationDrawerProps {
  markId: string;
  /** The authorisation to end; null: closed. */
  authorisation: AdminMarkAuthorisation | null;
  onClose: () => void;
}

/** Ends an authorisation early: its last day becomes the chosen day; nothing is deleted. */
export function EndAuthorisationDrawer({ markId, authorisation, onClose }: EndAuthorisationDrawerProps) {
  const { t } = useT();
  const name = authorisation?.artisan?.display_name ?? authorisation?.artisan_id ?? "";
  return (
    <FormDrawer
      open={!!authorisation}
      onOpenChange={(open) => !open && onClose()}
      title={t("marks.endTitle", { name })}
      description={t("marks.endDescription")}
    >
      {authorisation && (
        <EndForm markId={markId} authorisation={authorisation} name={name} onDone={onClose} />
      )}
    </FormDrawer>
  );
}

function EndForm({
  markId,
  authorisation,
  name,
  onDone,
}: {
  markId: string;
  authorisation: AdminMarkAuthorisation;
  name: string;
  onDone: () => void;
}) {
  const { t } = useT();
  const { day } = useMarkText();
  // Today, or the first day when the period has not started yet (or its last day when it is earlier).
  const [value, setValue] = useState(() => {
    const today = todayInVietnam();
    if (today < authorisation.valid_from) return authorisation.valid_from;
    if (authorisation.valid_to !== null && today > authorisation.valid_to) return authorisation.valid_to;
    return today;
  });
  const [error, setError] = useState<string | undefined>();
  const feedback = useFormFeedback();
  const mutation = useEndAuthorisation(markId);

  const submit = () => {
    feedback.setServerError(null);
    const checked = checkEndDay(value, authorisation, t);
    setError(checked.error);
    if (!checked.valid_to) return;
    mutation.mutate(
      { id: authorisation.id, valid_to: checked.valid_to },
      {
        onSuccess: () => {
          toast.success(t("marks.ended", { name, date: day(checked.valid_to) }));
          onDone();
        },
        onError: feedback.fail,
      },
    );
  };

  return (
    <FormDrawer.Form
      onSubmit={submit}
      feedback={feedback}
      submitLabel={t("marks.end")}
      destructive
      pending={mutation.isPending}
    >
      <Field
        label={t("marks.endDay")}
        htmlFor="end-day"
        hint={
          authorisation.valid_to
            ? t("marks.endDayHint", {
                from: day(authorisation.valid_from),
                to: day(authorisation.valid_to),
              })
            : t("marks.endDayHintOpen", { from: day(authorisation.valid_from) })
        }
        error={error}
      >
        <Input
          id="end-day"
          type="date"
          value={value}
          min={authorisation.valid_from}
          max={authorisation.valid_to ?? undefined}
          aria-invalid={!!error || undefined}
          onChange={(event) => setValue(event.target.value)}
        />
      </Field>
    </FormDrawer.Form>
  );
}
