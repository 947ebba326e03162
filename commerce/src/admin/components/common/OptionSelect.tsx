import { Select } from "@medusajs/ui";

const NONE = "__none__";

interface OptionSelectProps<T extends string> {
  id?: string;
  /** "" when nothing (or the "none" option) is chosen. */
  value: T | "";
  onChange: (value: T | "") => void;
  options: readonly { value: T; label: string }[];
  placeholder?: string;
  /** Label of an extra first option that clears the value. */
  noneLabel?: string;
  invalid?: boolean;
  size?: "base" | "small";
}

/** A select over a closed list of codes (crafts, ethnic groups, …), optionally with a "none" option. */
export function OptionSelect<T extends string>(props: OptionSelectProps<T>) {
  const { id, value, onChange, options, placeholder, noneLabel, invalid, size } = props;
  return (
    <Select
      size={size}
      value={value || (noneLabel ? NONE : "")}
      onValueChange={(next) => onChange(next === NONE ? "" : (next as T))}
    >
      <Select.Trigger id={id} aria-invalid={invalid || undefined}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {noneLabel && <Select.Item value={NONE}>{noneLabel}</Select.Item>}
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  );
}
