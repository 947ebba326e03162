import { Input } from "@medusajs/ui";
import { MARK_KINDS } from "../../../modules/trace/vocabulary";
import { useMarkText } from "../../hooks/use-mark-text";
import { useT } from "../../hooks/use-t";
import type { MarkFormValues } from "../../lib/mark-form";
import { Field } from "../common/Field";
import { LocalizedTextFields } from "../common/LocalizedTextFields";
import { OptionSelect } from "../common/OptionSelect";

interface MarkFormFieldsProps {
  values: MarkFormValues;
  onChange: (patch: Partial<MarkFormValues>) => void;
  /** Keyed like the API body: handle, kind, name.vi, owner, registration_number. */
  errors: Record<string, string>;
}

/** The fields of a new mark: kind, name in both languages, handle, owner, registration number. */
export function MarkFormFields({ values, onChange, errors }: MarkFormFieldsProps) {
  const { t } = useT();
  const { kindName } = useMarkText();
  return (
    <div className="flex flex-col gap-y-6">
      <Field label={t("marks.kind")} htmlFor="mark-kind" error={errors.kind}>
        <OptionSelect
          id="mark-kind"
          value={values.kind}
          onChange={(kind) => onChange({ kind })}
          options={MARK_KINDS.map((kind) => ({ value: kind, label: kindName(kind) }))}
          placeholder={t("marks.kindPlaceholder")}
          invalid={!!errors.kind}
        />
      </Field>
      <LocalizedTextFields
        id="mark-name"
        label={t("marks.nameField")}
        vi={values.name_vi}
        en={values.name_en}
        onChange={({ vi, en }) => onChange({ name_vi: vi, name_en: en })}
        errors={{ vi: errors["name.vi"] ?? errors.name, en: errors["name.en"] }}
      />
      <Field
        label={t("marks.handle")}
        htmlFor="mark-handle"
        hint={t("marks.handleHint")}
        error={errors.handle}
      >
        <Input
          id="mark-handle"
          value={values.handle}
          aria-invalid={!!errors.handle || undefined}
          onChange={(event) => onChange({ handle: event.target.value })}
        />
      </Field>
      <Field label={t("marks.owner")} htmlFor="mark-owner" hint={t("marks.ownerHint")} error={errors.owner}>
        <Input
          id="mark-owner"
          value={values.owner}
          aria-invalid={!!errors.owner || undefined}
          onChange={(event) => onChange({ owner: event.target.value })}
        />
      </Field>
      <Field
        label={t("marks.registrationNumber")}
        htmlFor="mark-registration"
        note={t("common.optional")}
        hint={t("marks.registrationNumberHint")}
        error={errors.registration_number}
      >
        <Input
          id="mark-registration"
          value={values.registration_number}
          aria-invalid={!!errors.registration_number || undefined}
          onChange={(event) => onChange({ registration_number: event.target.value })}
        />
      </Field>
    </div>
  );
}
