import { Input } from "@medusajs/ui";
import { CRAFTS, ETHNIC_GROUPS, OCOP_STARS } from "../../../modules/craft/vocabulary";
import { useT } from "../../hooks/use-t";
import type { CraftFormValues } from "../../lib/craft-form";
import type { ProductArtisanRef } from "../../lib/types";
import { errorAt, Field } from "../common/Field";
import { LocalizedTextFields } from "../common/LocalizedTextFields";
import { OptionSelect } from "../common/OptionSelect";
import { ArtisanPicker } from "./ArtisanPicker";
import { MarkChecklist } from "./MarkChecklist";
import { MaterialsEditor } from "./MaterialsEditor";

interface CraftFormFieldsProps {
  values: CraftFormValues;
  onChange: (patch: Partial<CraftFormValues>) => void;
  errors: Record<string, string>;
}

/**
 * The fields of the craft drawer; error keys follow the API body (village_handle, care_instructions.vi…),
 * and a refused mark's reason is under `marks.<handle>`.
 */
export function CraftFormFields({ values, onChange, errors }: CraftFormFieldsProps) {
  const { t, craftName, ethnicGroupName } = useT();
  // Picking an artisan fills in their village and ethnic group, which stay editable.
  const pickArtisan = (artisan: ProductArtisanRef | null) =>
    onChange({
      artisan,
      ...(artisan && { village_handle: artisan.village_handle }),
      ...(artisan?.ethnic_group && { ethnic_group: artisan.ethnic_group }),
    });

  return (
    <div className="flex flex-col gap-y-6">
      <Field label={t("craft.craft")} htmlFor="craft-craft" error={errors.craft}>
        <OptionSelect
          id="craft-craft"
          value={values.craft}
          onChange={(craft) => onChange({ craft })}
          options={CRAFTS.map((craft) => ({ value: craft, label: craftName(craft) }))}
          placeholder={t("craft.craftPlaceholder")}
          invalid={!!errors.craft}
        />
      </Field>
      <Field label={t("craft.artisan")} htmlFor="craft-artisan" error={errors.artisan_id}>
        <ArtisanPicker id="craft-artisan" value={values.artisan} onChange={pickArtisan} />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field
          label={t("craft.village")}
          htmlFor="craft-village"
          hint={t("craft.villageHint")}
          error={errors.village_handle}
        >
          <Input
            id="craft-village"
            value={values.village_handle}
            placeholder={values.artisan?.village_handle ?? "kon-k-tu"}
            aria-invalid={!!errors.village_handle || undefined}
            onChange={(event) => onChange({ village_handle: event.target.value })}
          />
        </Field>
        <Field label={t("craft.ethnicGroup")} htmlFor="craft-ethnic-group" error={errors.ethnic_group}>
          <OptionSelect
            id="craft-ethnic-group"
            value={values.ethnic_group}
            onChange={(ethnic_group) => onChange({ ethnic_group })}
            options={ETHNIC_GROUPS.map((group) => ({ value: group, label: ethnicGroupName(group) }))}
            noneLabel={values.artisan ? t("craft.fromArtisan") : t("common.none")}
          />
        </Field>
      </div>
      <MaterialsEditor
        rows={values.materials}
        onChange={(materials) => onChange({ materials })}
        errors={errors}
      />
      <div className="grid grid-cols-2 gap-4">
        <Field
          label={t("craft.daysToMake")}
          htmlFor="craft-days"
          hint={t("craft.daysToMakeHint")}
          error={errors.days_to_make}
        >
          <Input
            id="craft-days"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={values.days_to_make}
            aria-invalid={!!errors.days_to_make || undefined}
            onChange={(event) => onChange({ days_to_make: event.target.value })}
          />
        </Field>
        <Field label={t("craft.ocop")} htmlFor="craft-ocop" error={errors.ocop_stars}>
          <OptionSelect
            id="craft-ocop"
            value={values.ocop_stars}
            onChange={(ocop_stars) => onChange({ ocop_stars })}
            options={OCOP_STARS.map((stars) => ({
              value: String(stars) as `${typeof stars}`,
              label: t("craft.stars", { count: stars }),
            }))}
            noneLabel={t("craft.ocopNone")}
          />
        </Field>
      </div>
      <LocalizedTextFields
        id="craft-care"
        label={t("craft.care")}
        vi={values.care_vi}
        en={values.care_en}
        onChange={({ vi, en }) => onChange({ care_vi: vi, care_en: en })}
        errors={{ vi: errorAt(errors, "care_instructions.vi"), en: errors["care_instructions.en"] }}
        multiline
        optional
      />
      <MarkChecklist
        value={values.marks}
        onChange={(marks) => onChange({ marks })}
        artisan={values.artisan}
        errors={errors}
      />
    </div>
  );
}
