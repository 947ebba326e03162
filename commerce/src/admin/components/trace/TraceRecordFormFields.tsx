import { Button, Checkbox, Input, Label, RadioGroup, Text } from "@medusajs/ui";
import { ETHNIC_GROUPS } from "../../../modules/craft/vocabulary";
import { TRACE_KINDS } from "../../../modules/trace/vocabulary";
import { useT } from "../../hooks/use-t";
import type { TraceMakerRef, TraceRecordFormValues } from "../../lib/trace-form";
import { errorAt, Field } from "../common/Field";
import { OptionSelect } from "../common/OptionSelect";
import { MaterialsEditor } from "../craft/MaterialsEditor";
import { MakersField } from "./MakersField";
import { ProductPicker } from "./ProductPicker";

interface TraceRecordFormFieldsProps {
  values: TraceRecordFormValues;
  onChange: (patch: Partial<TraceRecordFormValues>) => void;
  /** Keyed like the API body ("makers", "materials.0.name.vi"), the lot or serial under "key". */
  errors: Record<string, string>;
  /** A new record: the product, the kind and an own GTIN can be chosen (a draft keeps them). */
  creating: boolean;
  /** Puts a suggested lot or serial in the key field. */
  onSuggestKey?: () => void;
}

/** The fields of a trace record, for a new one (FocusModal) and a draft's corrections (drawer). */
export function TraceRecordFormFields(props: TraceRecordFormFieldsProps) {
  const { values, onChange, errors, creating, onSuggestKey } = props;
  const { t, ethnicGroupName } = useT();
  // The first maker chosen fills in an empty village and ethnic group, which stay editable.
  const changeMakers = (makers: TraceMakerRef[]) => {
    const main = makers[0];
    onChange({
      makers,
      ...(main && !values.village_handle.trim() && { village_handle: main.village_handle }),
      ...(main?.ethnic_group && !values.ethnic_group && { ethnic_group: main.ethnic_group }),
    });
  };

  return (
    <div className="flex flex-col gap-y-6">
      {creating && (
        <Field label={t("trace.form.product")} htmlFor="trace-product" error={errors.product_id}>
          <ProductPicker
            id="trace-product"
            value={values.product}
            onChange={(product) => onChange({ product })}
          />
        </Field>
      )}
      {creating && (
        <fieldset className="flex flex-col gap-y-2">
          <legend className="txt-compact-small-plus text-ui-fg-base mb-2">{t("trace.form.kind")}</legend>
          <RadioGroup
            className="grid grid-cols-2 gap-3"
            value={values.kind}
            onValueChange={(kind) => onChange({ kind: kind as TraceRecordFormValues["kind"] })}
          >
            {TRACE_KINDS.map((kind) => (
              <RadioGroup.ChoiceBox
                key={kind}
                value={kind}
                label={t(`trace.kind.${kind}`)}
                description={t(`trace.form.kindHint.${kind}`)}
              />
            ))}
          </RadioGroup>
        </fieldset>
      )}
      <div className="grid grid-cols-2 gap-4">
        <Field
          label={values.kind === "batch" ? t("trace.form.lot") : t("trace.form.serial")}
          htmlFor="trace-key"
          hint={t("trace.form.keyHint")}
          error={errors.key}
        >
          <div className="flex gap-x-2">
            <Input
              id="trace-key"
              className="font-mono"
              value={values.key}
              maxLength={40}
              aria-invalid={!!errors.key || undefined}
              onChange={(event) => onChange({ key: event.target.value })}
            />
            {onSuggestKey && (
              <Button type="button" size="small" variant="secondary" onClick={onSuggestKey}>
                {t("trace.form.suggest")}
              </Button>
            )}
          </div>
        </Field>
        {values.kind === "batch" && (
          <Field
            label={t("trace.form.batchSize")}
            htmlFor="trace-batch-size"
            hint={t("trace.form.batchSizeHint")}
            error={errors.batch_size}
          >
            <Input
              id="trace-batch-size"
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={values.batch_size}
              aria-invalid={!!errors.batch_size || undefined}
              onChange={(event) => onChange({ batch_size: event.target.value })}
            />
          </Field>
        )}
      </div>
      {creating && (
        <Field
          label={t("trace.form.gtin")}
          htmlFor="trace-gtin"
          note={t("common.optional")}
          hint={t("trace.form.gtinHint")}
          error={errors.gtin}
        >
          <Input
            id="trace-gtin"
            inputMode="numeric"
            className="font-mono"
            value={values.gtin}
            aria-invalid={!!errors.gtin || undefined}
            onChange={(event) => onChange({ gtin: event.target.value })}
          />
        </Field>
      )}
      <Field
        label={t("trace.form.makers")}
        htmlFor="trace-makers"
        hint={t("trace.form.makersHint")}
        error={errorAt(errors, "makers")}
      >
        <MakersField id="trace-makers" makers={values.makers} onChange={changeMakers} />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field
          label={t("trace.form.village")}
          htmlFor="trace-village"
          hint={t("trace.form.villageHint")}
          error={errors.village_handle}
        >
          <Input
            id="trace-village"
            value={values.village_handle}
            placeholder="kon-k-tu"
            aria-invalid={!!errors.village_handle || undefined}
            onChange={(event) => onChange({ village_handle: event.target.value })}
          />
        </Field>
        <Field label={t("trace.form.ethnicGroup")} htmlFor="trace-ethnic-group" error={errors.ethnic_group}>
          <OptionSelect
            id="trace-ethnic-group"
            value={values.ethnic_group}
            onChange={(ethnic_group) => onChange({ ethnic_group })}
            options={ETHNIC_GROUPS.map((group) => ({ value: group, label: ethnicGroupName(group) }))}
            noneLabel={t("trace.form.ethnicGroupNone")}
          />
        </Field>
      </div>
      <MaterialsEditor
        rows={values.materials}
        onChange={(materials) => onChange({ materials })}
        errors={errors}
      />
      <div className="flex items-start gap-x-3">
        <Checkbox
          id="trace-sample"
          checked={values.sample}
          onCheckedChange={(checked) => onChange({ sample: checked === true })}
        />
        <div className="flex flex-col">
          <Label htmlFor="trace-sample" size="small" weight="plus">
            {t("trace.form.sampleData")}
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            {t("trace.form.sampleHint")}
          </Text>
        </div>
      </div>
    </div>
  );
}
