import { Checkbox, Input, Label } from "@medusajs/ui";
import { ARTISAN_TITLES, CRAFTS, ETHNIC_GROUPS, type Craft } from "../../../modules/craft/vocabulary";
import { useT } from "../../hooks/use-t";
import type { ArtisanFormValues } from "../../lib/artisan-form";
import { Field } from "../common/Field";
import { LocalizedTextFields } from "../common/LocalizedTextFields";
import { OptionSelect } from "../common/OptionSelect";

interface ArtisanFormFieldsProps {
  values: ArtisanFormValues;
  onChange: (patch: Partial<ArtisanFormValues>) => void;
  /** Keyed like the API body: "handle", "bio.vi", "crafts", … */
  errors: Record<string, string>;
}

/** The fields of an artisan: name, handle, village, ethnic group, crafts, title, bio, portrait. */
export function ArtisanFormFields({ values, onChange, errors }: ArtisanFormFieldsProps) {
  const { t, craftName, ethnicGroupName, titleName } = useT();
  const toggleCraft = (craft: Craft, checked: boolean) =>
    onChange({
      crafts: CRAFTS.filter((code) => (code === craft ? checked : values.crafts.includes(code))),
    });
  const input = (
    key: "display_name" | "handle" | "village_handle" | "photo_url",
    label: string,
    hint?: string,
  ) => (
    <Field label={label} htmlFor={`artisan-${key}`} hint={hint} error={errors[key]}>
      <Input
        id={`artisan-${key}`}
        type={key === "photo_url" ? "url" : "text"}
        value={values[key]}
        aria-invalid={!!errors[key] || undefined}
        onChange={(event) => onChange({ [key]: event.target.value })}
      />
    </Field>
  );

  return (
    <div className="flex flex-col gap-y-6">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {input("display_name", t("artisans.name"))}
        {input("handle", t("artisans.handle"), t("artisans.handleHint"))}
        {input("village_handle", t("artisans.village"), t("artisans.villageHint"))}
        <Field label={t("artisans.ethnicGroup")} htmlFor="artisan-ethnic-group" error={errors.ethnic_group}>
          <OptionSelect
            id="artisan-ethnic-group"
            value={values.ethnic_group}
            onChange={(ethnic_group) => onChange({ ethnic_group })}
            options={ETHNIC_GROUPS.map((group) => ({ value: group, label: ethnicGroupName(group) }))}
            placeholder={t("artisans.ethnicGroupPlaceholder")}
            invalid={!!errors.ethnic_group}
          />
        </Field>
      </div>
      <fieldset className="flex flex-col gap-y-2">
        <legend className="txt-compact-small-plus text-ui-fg-base mb-2">{t("artisans.crafts")}</legend>
        <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
          {CRAFTS.map((craft) => (
            <div key={craft} className="flex items-center gap-x-2">
              <Checkbox
                id={`artisan-craft-${craft}`}
                checked={values.crafts.includes(craft)}
                onCheckedChange={(checked) => toggleCraft(craft, checked === true)}
              />
              <Label htmlFor={`artisan-craft-${craft}`} size="small">
                {craftName(craft)}
              </Label>
            </div>
          ))}
        </div>
        {errors.crafts && <span className="txt-small text-ui-fg-error">{errors.crafts}</span>}
      </fieldset>
      <Field label={t("artisans.title")} htmlFor="artisan-title" error={errors.title}>
        <OptionSelect
          id="artisan-title"
          value={values.title}
          onChange={(title) => onChange({ title })}
          options={ARTISAN_TITLES.map((title) => ({ value: title, label: titleName(title) }))}
          noneLabel={t("artisans.noTitle")}
        />
      </Field>
      <LocalizedTextFields
        id="artisan-bio"
        label={t("artisans.bio")}
        vi={values.bio_vi}
        en={values.bio_en}
        onChange={({ vi, en }) => onChange({ bio_vi: vi, bio_en: en })}
        errors={{ vi: errors["bio.vi"] ?? errors.bio, en: errors["bio.en"] }}
        multiline
      />
      {input("photo_url", `${t("artisans.photoUrl")} (${t("common.optional")})`)}
    </div>
  );
}
