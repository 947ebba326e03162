import { Alert, Button, Drawer, Input, toast } from "@medusajs/ui";
import { useState, type FormEvent } from "react";
import type { AdminMark } from "../../../api/admin/marks/types";
import { useAuthoriseMember } from "../../hooks/use-marks";
import { useMarkText } from "../../hooks/use-mark-text";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import { todayInVietnam } from "../../lib/calendar-day";
import { toAuthorisationInput, type AuthorisationFormValues } from "../../lib/mark-form";
import { ArtisanPicker } from "../craft/ArtisanPicker";
import { Field } from "../common/Field";

interface AuthoriseMemberDrawerProps {
  mark: AdminMark;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Authorises a member artisan to use the mark for a period (POST /admin/marks/:id/authorisations). */
export function AuthoriseMemberDrawer({ mark, open, onOpenChange }: AuthoriseMemberDrawerProps) {
  const { t } = useT();
  const { markName } = useMarkText();
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("marks.authoriseTitle", { name: markName(mark.name) })}</Drawer.Title>
          <Drawer.Description>{t("marks.authoriseDescription")}</Drawer.Description>
        </Drawer.Header>
        {/* Mounted only while open, so every opening starts empty. */}
        <AuthoriseForm markId={mark.id} onDone={() => onOpenChange(false)} />
      </Drawer.Content>
    </Drawer>
  );
}

function AuthoriseForm({ markId, onDone }: { markId: string; onDone: () => void }) {
  const { t } = useT();
  const [values, setValues] = useState<AuthorisationFormValues>(() => ({
    artisan: null,
    valid_from: todayInVietnam(),
    valid_to: "",
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const mutation = useAuthoriseMember(markId);
  const change = (patch: Partial<AuthorisationFormValues>) =>
    setValues((previous) => ({ ...previous, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const result = toAuthorisationInput(values, t);
    setErrors(result.errors ?? {});
    if (!result.data) return;
    mutation.mutate(result.data, {
      onSuccess: () => {
        toast.success(t("marks.authorised", { name: values.artisan?.display_name ?? "" }));
        onDone();
      },
      onError: (error) => {
        const message = errorMessage(error);
        setServerError(message);
        toast.error(t("common.saveError", { message }));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
        {serverError && <Alert variant="error">{t("common.saveError", { message: serverError })}</Alert>}
        {Object.keys(errors).length > 0 && <Alert variant="error">{t("common.fixErrors")}</Alert>}
        <Field label={t("marks.member")} htmlFor="authorise-artisan" error={errors.artisan_id}>
          <ArtisanPicker
            id="authorise-artisan"
            value={values.artisan}
            onChange={(artisan) => change({ artisan })}
          />
        </Field>
        <Field label={t("marks.from")} htmlFor="authorise-from" error={errors.valid_from}>
          <Input
            id="authorise-from"
            type="date"
            value={values.valid_from}
            aria-invalid={!!errors.valid_from || undefined}
            onChange={(event) => change({ valid_from: event.target.value })}
          />
        </Field>
        <Field
          label={t("marks.to")}
          htmlFor="authorise-to"
          note={t("common.optional")}
          hint={t("marks.toHint")}
          error={errors.valid_to}
        >
          <Input
            id="authorise-to"
            type="date"
            value={values.valid_to}
            min={values.valid_from || undefined}
            aria-invalid={!!errors.valid_to || undefined}
            onChange={(event) => change({ valid_to: event.target.value })}
          />
        </Field>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button type="button" size="small" variant="secondary">
            {t("common.cancel")}
          </Button>
        </Drawer.Close>
        <Button type="submit" size="small" isLoading={mutation.isPending}>
          {t("marks.authorise")}
        </Button>
      </Drawer.Footer>
    </form>
  );
}
