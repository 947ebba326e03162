import { Alert, Button, Drawer, toast } from "@medusajs/ui";
import { useState, type FormEvent } from "react";
import type { AdminTraceRecord } from "../../../api/admin/trace-records/types";
import { useUpdateTraceRecord } from "../../hooks/use-trace-records";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import { toTraceRecordUpdate, traceRecordFormValues, type TraceRecordFormValues } from "../../lib/trace-form";
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
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("trace.editTitle")}</Drawer.Title>
          <Drawer.Description>{t("trace.editDescription")}</Drawer.Description>
        </Drawer.Header>
        {/* Mounted only while open, so every opening starts from the saved values. */}
        {open && <TraceRecordEditForm record={record} onDone={() => onOpenChange(false)} />}
      </Drawer.Content>
    </Drawer>
  );
}

function TraceRecordEditForm({ record, onDone }: { record: AdminTraceRecord; onDone: () => void }) {
  const { t } = useT();
  const [values, setValues] = useState<TraceRecordFormValues>(() => traceRecordFormValues(record));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const mutation = useUpdateTraceRecord(record.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const result = toTraceRecordUpdate(values, record, t);
    setErrors(result.errors ?? {});
    if (!result.data) return;
    mutation.mutate(result.data, {
      onSuccess: () => {
        toast.success(t("trace.saved"));
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
        <TraceRecordFormFields
          values={values}
          onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))}
          errors={errors}
          creating={false}
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
