import { Alert, Button, Drawer, Input, toast } from "@medusajs/ui";
import { useState, type FormEvent } from "react";
import type { AdminMarkAuthorisation } from "../../../api/admin/marks/types";
import { useEndAuthorisation } from "../../hooks/use-marks";
import { useMarkText } from "../../hooks/use-mark-text";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import { todayInVietnam } from "../../lib/calendar-day";
import { checkEndDay } from "../../lib/mark-form";
import { Field } from "../common/Field";

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
    <Drawer open={!!authorisation} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("marks.endTitle", { name })}</Drawer.Title>
          <Drawer.Description>{t("marks.endDescription")}</Drawer.Description>
        </Drawer.Header>
        {authorisation && (
          <EndForm markId={markId} authorisation={authorisation} name={name} onDone={onClose} />
        )}
      </Drawer.Content>
    </Drawer>
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
  const [serverError, setServerError] = useState<string | null>(null);
  const mutation = useEndAuthorisation(markId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
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
        onError: (failure) => {
          const message = errorMessage(failure);
          setServerError(message);
          toast.error(t("common.saveError", { message }));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
        {serverError && <Alert variant="error">{t("common.saveError", { message: serverError })}</Alert>}
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
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button type="button" size="small" variant="secondary">
            {t("common.cancel")}
          </Button>
        </Drawer.Close>
        <Button type="submit" size="small" variant="danger" isLoading={mutation.isPending}>
          {t("marks.end")}
        </Button>
      </Drawer.Footer>
    </form>
  );
}
