import { toast } from "@medusajs/ui";
import { useState } from "react";
import type { AdminTraceRecord } from "../../../api/admin/trace-records/types";
import { useFormFeedback } from "../../hooks/use-form-feedback";
import { useUpdateTraceRecord } from "../../hooks/use-trace-records";
import { useT } from "../../hooks/use-t";
import { toTraceRecordUpdate, traceRecordFormValues, type TraceRecordFormValues } from "../../lib/trace-form";
import { FormDrawer } from "../common/FormDrawer";
import { TraceRecordFormFields } from "./TraceRecordFormFields";

interface TraceRecordEditDrawerProps {
  record: AdminTraceRecord;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** The drawer that corrects a draft (POST /admin/trace-records/:id). */
export function TraceRecordEditDrawer({ record, open, onOpenChange }: TraceRecordEditDrawerProps) {
  const { t } = useT();
  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("trace.editTitle")}
      description={t("trace.editDescription")}
    >
      <TraceRecordEditForm record={record} onDone={() => onOpenChange(false)} />
    </FormDrawer>
  );
}

function TraceRecordEditForm({ record, onDone }: { record: AdminTraceRecord; onDone: () => void }) {
  const { t } = useT();
  const [values, setValues] = useState<TraceRecordFormValues>(() => traceRecordFormValues(record));
  const feedback = useFormFeedback();
  const mutation = useUpdateTraceRecord(record.id);

  const submit = () => {
    const body = feedback.check(toTraceRecordUpdate(values, record, t));
    if (!body) return;
    mutation.mutate(body, {
      onSuccess: () => {
        toast.success(t("trace.saved"));
        onDone();
      },
      onError: feedback.fail,
    });
  };

  return (
    <FormDrawer.Form onSubmit={submit} feedback={feedback} pending={mutation.isPending}>
      <TraceRecordFormFields
        values={values}
        onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))}
        errors={feedback.errors}
        creating={false}
      />
    </FormDrawer.Form>
  );
}
