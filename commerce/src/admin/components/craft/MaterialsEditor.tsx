import { Plus, Trash } from "@medusajs/icons";
import { Button, Hint, IconButton, Input, Text } from "@medusajs/ui";
import { emptyMaterial, type MaterialRow } from "../../lib/craft-form";
import { useT } from "../../hooks/use-t";
import { Field } from "../common/Field";

interface MaterialsEditorProps {
  rows: MaterialRow[];
  onChange: (rows: MaterialRow[]) => void;
  /** Errors keyed like the body: "materials.0.name.vi". */
  errors: Record<string, string>;
}

const MAX_MATERIALS = 20;

/** Materials of a product: name and origin, each in Vietnamese and English; rows can be added and removed. */
export function MaterialsEditor({ rows, onChange, errors }: MaterialsEditorProps) {
  const { t } = useT();
  const update = (index: number, patch: Partial<MaterialRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const text = (index: number, key: keyof MaterialRow, lang: "vi" | "en", label: string, path: string) => (
    <Field
      label={label}
      htmlFor={`material-${index}-${key}`}
      error={errors[`materials.${index}.${path}.${lang}`]}
    >
      <Input
        id={`material-${index}-${key}`}
        size="small"
        lang={lang}
        value={rows[index][key]}
        aria-invalid={!!errors[`materials.${index}.${path}.${lang}`] || undefined}
        onChange={(event) => update(index, { [key]: event.target.value })}
      />
    </Field>
  );

  return (
    <fieldset className="flex flex-col gap-y-3">
      <legend className="txt-compact-small-plus text-ui-fg-base mb-1">{t("craft.materials")}</legend>
      {!rows.length && (
        <Text size="small" className="text-ui-fg-muted">
          {t("craft.materialsEmpty")}
        </Text>
      )}
      {rows.map((_, index) => (
        <div key={index} className="shadow-borders-base flex flex-col gap-y-3 rounded-md p-3">
          <div className="flex items-center justify-between">
            <Text size="small" weight="plus">
              {t("craft.material", { number: index + 1 })}
            </Text>
            <IconButton
              type="button"
              size="small"
              variant="transparent"
              aria-label={t("common.remove")}
              onClick={() => onChange(rows.filter((__, i) => i !== index))}
            >
              <Trash />
            </IconButton>
          </div>
          <div className="grid grid-cols-2 gap-3">
            {text(index, "name_vi", "vi", `${t("craft.materialName")} · ${t("common.vi")}`, "name")}
            {text(index, "name_en", "en", `${t("craft.materialName")} · ${t("common.en")}`, "name")}
            {text(index, "origin_vi", "vi", `${t("craft.materialOrigin")} · ${t("common.vi")}`, "origin")}
            {text(index, "origin_en", "en", `${t("craft.materialOrigin")} · ${t("common.en")}`, "origin")}
          </div>
        </div>
      ))}
      {errors.materials && <Hint variant="error">{errors.materials}</Hint>}
      <div>
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={rows.length >= MAX_MATERIALS}
          onClick={() => onChange([...rows, emptyMaterial()])}
        >
          <Plus />
          {t("craft.addMaterial")}
        </Button>
      </div>
    </fieldset>
  );
}
