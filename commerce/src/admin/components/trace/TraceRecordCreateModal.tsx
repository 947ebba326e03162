import { Plus } from "@medusajs/icons";
import { Button, toast } from "@medusajs/ui";
import { useCallback, useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { useFormFeedback } from "../../hooks/use-form-feedback";
import { useTraceDefaults } from "../../hooks/use-trace-defaults";
import { useCreateTraceRecord } from "../../hooks/use-trace-records";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import {
  emptyTraceRecordForm,
  toTraceRecordInput,
  type TraceProductRef,
  type TraceRecordFormValues,
} from "../../lib/trace-form";
import { FormModal } from "../common/FormModal";
import { TraceRecordFormFields } from "./TraceRecordFormFields";

/** "New record" and the full-screen form behind it (POST /admin/trace-records); `product` presets one. */
export function TraceRecordCreateModal({ product }: { product?: TraceProductRef }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <FormModal
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button size="small" variant="secondary">
          <Plus />
          {product ? t("trace.widget.newRecord") : t("trace.create")}
        </Button>
      }
    >
      <TraceRecordCreateForm product={product} onDone={() => setOpen(false)} />
    </FormModal>
  );
}

function TraceRecordCreateForm({ product, onDone }: { product?: TraceProductRef; onDone: () => void }) {
  const { t } = useT();
  const navigate = useNavigate();
  const { productDefaults, suggestKey } = useTraceDefaults();
  const [values, setValues] = useState<TraceRecordFormValues>(() => emptyTraceRecordForm(product ?? null));
  const feedback = useFormFeedback();
  const { setServerError } = feedback;
  const mutation = useCreateTraceRecord();
  const patch = (next: Partial<TraceRecordFormValues>) => setValues((previous) => ({ ...previous, ...next }));
  const productId = values.product?.id;

  // A chosen product brings its maker, village, ethnic group and materials (all editable)…
  useEffect(() => {
    if (!productId) return;
    let current = true;
    productDefaults(productId).then(
      (defaults) => current && setValues((previous) => ({ ...previous, ...defaults })),
      (error) => current && setServerError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [productId, productDefaults, setServerError]);

  // …and a lot or serial of its own kind, suggested again when the kind changes.
  const suggest = useCallback(() => {
    if (!productId) return () => undefined;
    let current = true;
    suggestKey(productId, values.kind).then(
      (key) => current && setValues((previous) => ({ ...previous, key })),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [productId, values.kind, suggestKey]);
  useEffect(suggest, [suggest]);

  const submit = () => {
    const body = feedback.check(toTraceRecordInput(values, t));
    if (!body) return;
    mutation.mutate(body, {
      onSuccess: ({ trace_record }) => {
        toast.success(t("trace.created", { key: (trace_record.lot ?? trace_record.serial) || "" }));
        onDone();
        navigate(`/trace-records/${trace_record.id}`);
      },
      onError: feedback.fail,
    });
  };

  return (
    <FormModal.Form
      title={t("trace.createTitle")}
      subheading={t("trace.createDescription")}
      onSubmit={submit}
      feedback={feedback}
      pending={mutation.isPending}
    >
      <TraceRecordFormFields
        values={values}
        onChange={patch}
        errors={feedback.errors}
        creating
        onSuggestKey={productId ? suggest : undefined}
      />
    </FormModal.Form>
  );
}
