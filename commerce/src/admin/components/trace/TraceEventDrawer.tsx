import { Plus } from "@medusajs/icons";
import { Button, Input, toast } from "@medusajs/ui";
import { useState } from "react";
import type { AdminTraceRecord } from "../../../api/admin/trace-records/types";
import { TRACE_EVENT_TYPES } from "../../../modules/trace/vocabulary";
import { useFormFeedback } from "../../hooks/use-form-feedback";
import { useAppendTraceEvent } from "../../hooks/use-trace-records";
import { useT } from "../../hooks/use-t";
import {
  emptyTraceEventForm,
  toTraceEventInput,
  type TraceEventFormValues,
} from "../../lib/trace-event-form";
import { errorAt, Field } from "../common/Field";
import { FormDrawer } from "../common/FormDrawer";
import { LocalizedTextFields } from "../common/LocalizedTextFields";
import { OptionSelect } from "../common/OptionSelect";

/** "Add a step" and its drawer (POST /admin/trace-records/:id/events); the place defaults to the last step's. */
export function TraceEventDrawer({ record }: { record: AdminTraceRecord }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <FormDrawer
      open={open}
      onOpenChange={setOpen}
      title={t("trace.timeline.addTitle")}
      description={t("trace.timeline.addDescription")}
      trigger={
        <Button size="small" variant="secondary">
          <Plus />
          {t("trace.timeline.addStep")}
        </Button>
      }
    >
      <TraceEventForm record={record} onDone={() => setOpen(false)} />
    </FormDrawer>
  );
}

function TraceEventForm({ record, onDone }: { record: AdminTraceRecord; onDone: () => void }) {
  const { t } = useT();
  const last = record.events[record.events.length - 1];
  const [values, setValues] = useState<TraceEventFormValues>(() =>
    emptyTraceEventForm(last ? { vi: last.place.vi, en: last.place.en ?? "" } : undefined),
  );
  const feedback = useFormFeedback();
  const { errors } = feedback;
  const mutation = useAppendTraceEvent(record.id);
  const patch = (next: Partial<TraceEventFormValues>) => setValues((previous) => ({ ...previous, ...next }));

  const submit = () => {
    const body = feedback.check(toTraceEventInput(values, t));
    if (!body) return;
    const type = body.type;
    mutation.mutate(body, {
      onSuccess: () => {
        toast.success(t("trace.timeline.added", { type: t(`trace.eventTypes.${type}`) }));
        onDone();
      },
      onError: feedback.fail,
    });
  };

  return (
    <FormDrawer.Form onSubmit={submit} feedback={feedback} pending={mutation.isPending}>
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
    </FormDrawer.Form>
  );
}
