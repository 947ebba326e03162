import { Plus } from "@medusajs/icons";
import { Alert, Button, Drawer, Input, toast } from "@medusajs/ui";
import { useState, type FormEvent } from "react";
import type { AdminTraceRecord } from "../../../api/admin/trace-records/types";
import { TRACE_EVENT_TYPES } from "../../../modules/trace/vocabulary";
import { useAppendTraceEvent } from "../../hooks/use-trace-records";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import {
  emptyTraceEventForm,
  toTraceEventInput,
  type TraceEventFormValues,
} from "../../lib/trace-event-form";
import { errorAt, Field } from "../common/Field";
import { LocalizedTextFields } from "../common/LocalizedTextFields";
import { OptionSelect } from "../common/OptionSelect";

/** "Add a step" and its drawer (POST /admin/trace-records/:id/events); the place defaults to the last step's. */
export function TraceEventDrawer({ record }: { record: AdminTraceRecord }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          {t("trace.timeline.addStep")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("trace.timeline.addTitle")}</Drawer.Title>
          <Drawer.Description>{t("trace.timeline.addDescription")}</Drawer.Description>
        </Drawer.Header>
        {open && <TraceEventForm record={record} onDone={() => setOpen(false)} />}
      </Drawer.Content>
    </Drawer>
  );
}

function TraceEventForm({ record, onDone }: { record: AdminTraceRecord; onDone: () => void }) {
  const { t } = useT();
  const last = record.events[record.events.length - 1];
  const [values, setValues] = useState<TraceEventFormValues>(() =>
    emptyTraceEventForm(last ? { vi: last.place.vi, en: last.place.en ?? "" } : undefined),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const mutation = useAppendTraceEvent(record.id);
  const patch = (next: Partial<TraceEventFormValues>) => setValues((previous) => ({ ...previous, ...next }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const result = toTraceEventInput(values, t);
    setErrors(result.errors ?? {});
    if (!result.data) return;
    const type = result.data.type;
    mutation.mutate(result.data, {
      onSuccess: () => {
        toast.success(t("trace.timeline.added", { type: t(`trace.eventTypes.${type}`) }));
        onDone();
      },
      onError: (error) => {
        const message = errorMessage(error);
        setServerError(message);
        toast.error(t("common.saveError", { message }));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
        {serverError && <Alert variant="error">{t("common.saveError", { message: serverError })}</Alert>}
        {Object.keys(errors).length > 0 && <Alert variant="error">{t("common.fixErrors")}</Alert>}
        <Field label={t("trace.timeline.type")} htmlFor="trace-event-type" error={errors.type}>
          <OptionSelect
            id="trace-event-type"
            value={values.type}
            onChange={(type) => patch({ type })}
            options={TRACE_EVENT_TYPES.map((type) => ({ value: type, label: t(`trace.eventTypes.${type}`) }))}
            placeholder={t("trace.timeline.typePlaceholder")}
            invalid={!!errors.type}
          />
        </Field>
        <Field label={t("trace.timeline.occurredOn")} htmlFor="trace-event-date" error={errors.occurred_on}>
          <Input
            id="trace-event-date"
            type="date"
            value={values.occurred_on}
            aria-invalid={!!errors.occurred_on || undefined}
            onChange={(event) => patch({ occurred_on: event.target.value })}
          />
        </Field>
        <LocalizedTextFields
          id="trace-event-place"
          label={t("trace.timeline.place")}
          vi={values.place_vi}
          en={values.place_en}
          onChange={({ vi, en }) => patch({ place_vi: vi, place_en: en })}
          errors={{ vi: errorAt(errors, "place.vi") ?? errors.place, en: errors["place.en"] }}
        />
        <LocalizedTextFields
          id="trace-event-description"
          label={t("trace.timeline.description")}
          vi={values.description_vi}
          en={values.description_en}
          onChange={({ vi, en }) => patch({ description_vi: vi, description_en: en })}
          errors={{
            vi: errorAt(errors, "description.vi") ?? errors.description,
            en: errors["description.en"],
          }}
          multiline
        />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button type="button" size="small" variant="secondary">
            {t("common.cancel")}
          </Button>
        </Drawer.Close>
        <Button type="submit" size="small" isLoading={mutation.isPending}>
          {t("common.save")}
        </Button>
      </Drawer.Footer>
    </form>
  );
}
