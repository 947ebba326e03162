import { Plus } from "@medusajs/icons";
import { Alert, Button, FocusModal, Heading, Text, toast } from "@medusajs/ui";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
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
import { TraceRecordFormFields } from "./TraceRecordFormFields";

const FORM_ID = "trace-record-create-form";

/** "New record" and the full-screen form behind it (POST /admin/trace-records); `product` presets one. */
export function TraceRecordCreateModal({ product }: { product?: TraceProductRef }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <FocusModal open={open} onOpenChange={setOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          {product ? t("trace.widget.newRecord") : t("trace.create")}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content aria-describedby={undefined}>
        {/* Mounted only while open, so every opening starts afresh. */}
        {open && <TraceRecordCreateForm product={product} onDone={() => setOpen(false)} />}
      </FocusModal.Content>
    </FocusModal>
  );
}

function TraceRecordCreateForm({ product, onDone }: { product?: TraceProductRef; onDone: () => void }) {
  const { t } = useT();
  const navigate = useNavigate();
  const { productDefaults, suggestKey } = useTraceDefaults();
  const [values, setValues] = useState<TraceRecordFormValues>(() => emptyTraceRecordForm(product ?? null));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
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
  }, [productId, productDefaults]);

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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const result = toTraceRecordInput(values, t);
    setErrors(result.errors ?? {});
    if (!result.data) return;
    mutation.mutate(result.data, {
      onSuccess: ({ trace_record }) => {
        toast.success(t("trace.created", { key: (trace_record.lot ?? trace_record.serial) || "" }));
        onDone();
        navigate(`/trace-records/${trace_record.id}`);
      },
      onError: (error) => {
        const message = errorMessage(error);
        setServerError(message);
        toast.error(t("common.saveError", { message }));
      },
    });
  };

  return (
    <>
      <FocusModal.Header />
      <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-16">
        <form
          id={FORM_ID}
          onSubmit={submit}
          noValidate
          className="flex w-full max-w-[720px] flex-col gap-y-8 px-2"
        >
          <div>
            <FocusModal.Title asChild>
              <Heading>{t("trace.createTitle")}</Heading>
            </FocusModal.Title>
            <Text size="small" className="text-ui-fg-subtle">
              {t("trace.createDescription")}
            </Text>
          </div>
          {serverError && <Alert variant="error">{t("common.saveError", { message: serverError })}</Alert>}
          {Object.keys(errors).length > 0 && <Alert variant="error">{t("common.fixErrors")}</Alert>}
          <TraceRecordFormFields
            values={values}
            onChange={patch}
            errors={errors}
            creating
            onSuggestKey={productId ? suggest : undefined}
          />
        </form>
      </FocusModal.Body>
      <FocusModal.Footer>
        <FocusModal.Close asChild>
          <Button type="button" size="small" variant="secondary">
            {t("common.cancel")}
          </Button>
        </FocusModal.Close>
        <Button type="submit" size="small" form={FORM_ID} isLoading={mutation.isPending}>
          {t("common.create")}
        </Button>
      </FocusModal.Footer>
    </>
  );
}
