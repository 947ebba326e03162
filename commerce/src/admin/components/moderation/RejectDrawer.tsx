import { Alert, Label, Text, Textarea, toast } from "@medusajs/ui";
import { useState } from "react";
import { useModerate } from "../../hooks/use-moderation";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import { FormDrawer } from "../common/FormDrawer";

interface RejectDrawerProps {
  product: { id: string; title: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const MARKUP = /<\s*[a-z!/]/i;

/** Asks for the reason the artisan will read, then rejects the listing. */
export function RejectDrawer({ product, open, onOpenChange }: RejectDrawerProps) {
  const { t } = useT();
  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("moderation.rejectTitle", { title: product.title })}
      description={t("moderation.rejectDescription")}
    >
      <RejectForm product={product} onDone={() => onOpenChange(false)} />
    </FormDrawer>
  );
}

function RejectForm({ product, onDone }: { product: RejectDrawerProps["product"]; onDone: () => void }) {
  const { t } = useT();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useModerate(product.id);

  const submit = () => {
    const text = reason.trim();
    if (text.length < 5 || text.length > 500 || MARKUP.test(text)) {
      setProblem(t("moderation.reasonLength"));
      return;
    }
    setProblem(null);
    mutation.mutate(
      { action: "reject", reason: text },
      {
        onSuccess: () => {
          toast.success(t("moderation.rejected", { title: product.title }));
          onDone();
        },
        onError: (error) => setProblem(t("moderation.actionError", { message: errorMessage(error) })),
      },
    );
  };

  return (
    <FormDrawer.Form
      onSubmit={submit}
      submitLabel={t("moderation.reject")}
      destructive
      pending={mutation.isPending}
    >
      <div className="flex flex-col gap-y-2">
        {problem && <Alert variant="error">{problem}</Alert>}
        <Label htmlFor="moderation-reason">{t("moderation.reason")}</Label>
        <Textarea
          id="moderation-reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={5}
          maxLength={500}
          aria-invalid={problem !== null}
          aria-describedby="moderation-reason-hint"
        />
        <Text id="moderation-reason-hint" size="small" className="text-ui-fg-subtle">
          {t("moderation.reasonHint")}
        </Text>
      </div>
    </FormDrawer.Form>
  );
}
