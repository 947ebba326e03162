import { Input, toast } from "@medusajs/ui";
import { useState } from "react";
import type { AdminMark } from "../../../api/admin/marks/types";
import { useFormFeedback } from "../../hooks/use-form-feedback";
import { useAuthoriseMember } from "../../hooks/use-marks";
import { useMarkText } from "../../hooks/use-mark-text";
import { useT } from "../../hooks/use-t";
import { todayInVietnam } from "../../lib/calendar-day";
import { toAuthorisationInput, type AuthorisationFormValues } from "../../lib/mark-form";
import { ArtisanPicker } from "../craft/ArtisanPicker";
import { Field } from "../common/Field";
import { FormDrawer } from "../common/FormDrawer";

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
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("marks.authoriseTitle", { name: markName(mark.name) })}
      description={t("marks.authoriseDescription")}
    >
      <AuthoriseForm markId={mark.id} onDone={() => onOpenChange(false)} />
    </FormDrawer>
  );
}

function AuthoriseForm({ markId, onDone }: { markId: string; onDone: () => void }) {
  const { t } = useT();
  const [values, setValues] = useState<AuthorisationFormValues>(() => ({
    artisan: null,
    valid_from: todayInVietnam(),
    valid_to: "",
  }));
  const feedback = useFormFeedback();
  const { errors } = feedback;
  const mutation = useAuthoriseMember(markId);
  const change = (patch: Partial<AuthorisationFormValues>) =>
    setValues((previous) => ({ ...previous, ...patch }));

  const submit = () => {
    const body = feedback.check(toAuthorisationInput(values, t));
    if (!body) return;
    mutation.mutate(body, {
      onSuccess: () => {
        toast.success(t("marks.authorised", { name: values.artisan?.display_name ?? "" }));
        onDone();
      },
      onError: feedback.fail,
    });
  };

  return (
    <FormDrawer.Form
      onSubmit={submit}
      feedback={feedback}
      submitLabel={t("marks.authorise")}
      pending={mutation.isPending}
    >
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
    </FormDrawer.Form>
  );
}
