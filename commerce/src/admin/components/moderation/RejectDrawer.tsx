import { Alert, Button, Drawer, Label, Text, Textarea, toast } from "@medusajs/ui";
import { useState, type FormEvent } from "react";
import { useModerate } from "../../hooks/use-moderation";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";

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
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("moderation.rejectTitle", { title: product.title })}</Drawer.Title>
          <Drawer.Description>{t("moderation.rejectDescription")}</Drawer.Description>
        </Drawer.Header>
        {/* Mounted only while open, so every opening starts empty. */}
        <RejectForm product={product} onDone={() => onOpenChange(false)} />
      </Drawer.Content>
    </Drawer>
  );
}

function RejectForm({ product, onDone }: { product: RejectDrawerProps["product"]; onDone: () => void }) {
  const { t } = useT();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useModerate(product.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
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
    <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Body className="flex flex-1 flex-col gap-y-2 overflow-y-auto">
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
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button type="button" size="small" variant="secondary">
            {t("common.cancel")}
          </Button>
        </Drawer.Close>
        <Button type="submit" size="small" variant="danger" isLoading={mutation.isPending}>
          {t("moderation.reject")}
        </Button>
      </Drawer.Footer>
    </form>
  );
}
