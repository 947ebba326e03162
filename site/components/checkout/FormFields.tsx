import type { ReactNode } from "react";

/** The id of a checkout control; a radio group's first radio carries it, so focus and links work. */
export const fieldId = (name: string) => `checkout-${name}`;
const errorId = (name: string) => `${fieldId(name)}-error`;
const hintId = (name: string) => `${fieldId(name)}-hint`;

function describedBy(name: string, error: string | undefined, hint: string | undefined) {
  const ids = [error ? errorId(name) : "", hint ? hintId(name) : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

interface FieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  requiredMark: string;
}

function Label({ name, label, requiredMark }: Pick<FieldProps, "name" | "label" | "requiredMark">) {
  return (
    <label htmlFor={fieldId(name)}>
      {label} <abbr title={requiredMark}>*</abbr>
    </label>
  );
}

function Messages({ name, error, hint }: Pick<FieldProps, "name" | "error" | "hint">) {
  return (
    <>
      {hint && (
        <p className="hint" id={hintId(name)}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId(name)}>
          {error}
        </p>
      )}
    </>
  );
}

export function TextField(
  props: FieldProps & { type?: "text" | "email" | "tel"; autoComplete: string; inputMode?: "email" | "tel" },
) {
  const { name, value, onChange, error, hint, type = "text", autoComplete, inputMode } = props;
  return (
    <div className="field">
      <Label {...props} />
      <input
        id={fieldId(name)}
        name={name}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        value={value}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      />
      <Messages name={name} error={error} hint={hint} />
    </div>
  );
}

export function SelectField(
  props: FieldProps & {
    placeholder: string;
    autoComplete: string;
    options: { value: string; label: string }[];
  },
) {
  const { name, value, onChange, error, hint, placeholder, autoComplete, options } = props;
  return (
    <div className="field">
      <Label {...props} />
      <select
        id={fieldId(name)}
        name={name}
        value={value}
        autoComplete={autoComplete}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Messages name={name} error={error} hint={hint} />
    </div>
  );
}

/** Radios in a fieldset; the legend names the group and the error sits under it. */
export function ChoiceGroup(props: {
  name: string;
  legend: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  choices: { value: string; label: ReactNode; hint?: string }[];
  children?: ReactNode;
}) {
  const { name, legend, value, onChange, error, choices, children } = props;
  return (
    <fieldset aria-describedby={error ? errorId(name) : undefined}>
      <legend>{legend}</legend>
      {children}
      {error && (
        <p className="field-error" id={errorId(name)}>
          {error}
        </p>
      )}
      {choices.map((choice, index) => {
        const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${index}`;
        return (
          <div key={choice.value} className="choice">
            <label htmlFor={id}>
              <input
                id={id}
                type="radio"
                name={name}
                value={choice.value}
                checked={value === choice.value}
                aria-invalid={error ? true : undefined}
                aria-describedby={choice.hint ? `${id}-hint` : undefined}
                onChange={() => onChange(choice.value)}
              />
              <span>{choice.label}</span>
            </label>
            {choice.hint && (
              <p className="hint" id={`${id}-hint`}>
                {choice.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
