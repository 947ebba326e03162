import { Input, Textarea } from "@medusajs/ui";
import { useT } from "../../hooks/use-t";
import { Field } from "./Field";

interface LocalizedTextFieldsProps {
  /** Prefix of the two controls' ids. */
  id: string;
  label: string;
  vi: string;
  en: string;
  onChange: (value: { vi: string; en: string }) => void;
  errors?: { vi?: string; en?: string };
  multiline?: boolean;
  /** Whether the Vietnamese text may be left empty. */
  optional?: boolean;
}

/** A text in Vietnamese (required unless `optional`) and English (optional), one under the other. */
export function LocalizedTextFields(props: LocalizedTextFieldsProps) {
  const { id, label, vi, en, onChange, errors = {}, multiline, optional } = props;
  const { t } = useT();
  const Control = multiline ? Textarea : Input;
  return (
    <div className="flex flex-col gap-y-3">
      <Field
        label={`${label} · ${t("common.vi")}`}
        htmlFor={`${id}-vi`}
        note={optional ? t("common.optional") : undefined}
        error={errors.vi}
      >
        <Control
          id={`${id}-vi`}
          lang="vi"
          value={vi}
          aria-invalid={!!errors.vi || undefined}
          onChange={(event) => onChange({ vi: event.target.value, en })}
        />
      </Field>
      <Field
        label={`${label} · ${t("common.en")}`}
        htmlFor={`${id}-en`}
        note={t("common.optional")}
        error={errors.en}
      >
        <Control
          id={`${id}-en`}
          lang="en"
          value={en}
          aria-invalid={!!errors.en || undefined}
          onChange={(event) => onChange({ vi, en: event.target.value })}
        />
      </Field>
    </div>
  );
}
