import { Alert } from "@medusajs/ui";
import { useState, type FormEvent } from "react";
import { useT } from "../../hooks/use-t";
import {
  suggestHandle,
  toArtisanInput,
  type ArtisanBody,
  type ArtisanFormValues,
} from "../../lib/artisan-form";
import { ArtisanFormFields } from "./ArtisanFormFields";

interface ArtisanFormProps {
  /** The submit button, in the modal's or drawer's footer, points at the form with `form={formId}`. */
  formId: string;
  initial: ArtisanFormValues;
  /** On a new artisan, the handle follows the name until it is edited. */
  suggestHandleFromName?: boolean;
  /** The message of a rejected request, shown above the fields. */
  serverError: string | null;
  onSubmit: (body: ArtisanBody) => void;
}

/** The artisan form, checked on submit with the server's schema (ArtisanInputSchema). */
export function ArtisanForm({
  formId,
  initial,
  suggestHandleFromName,
  serverError,
  onSubmit,
}: ArtisanFormProps) {
  const { t } = useT();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [handleEdited, setHandleEdited] = useState(!suggestHandleFromName);

  const change = (patch: Partial<ArtisanFormValues>) =>
    setValues((previous) => {
      const next = { ...previous, ...patch };
      if (!handleEdited && patch.display_name !== undefined) next.handle = suggestHandle(patch.display_name);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = toArtisanInput(values, t);
    setErrors(result.errors ?? {});
    if (result.data) onSubmit(result.data);
  };

  return (
    <form id={formId} onSubmit={submit} noValidate className="flex flex-col gap-y-6">
      {serverError && <Alert variant="error">{t("common.saveError", { message: serverError })}</Alert>}
      {Object.keys(errors).length > 0 && <Alert variant="error">{t("common.fixErrors")}</Alert>}
      <ArtisanFormFields
        values={values}
        onChange={change}
        errors={errors}
        onHandleEdited={() => setHandleEdited(true)}
      />
    </form>
  );
}
