import { Button, toast } from "@medusajs/ui";
import { useState } from "react";
import { useModerate } from "../../hooks/use-moderation";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import { RejectDrawer } from "./RejectDrawer";

/** "Approve" and "Reject" (with a reason) for one listing: in the queue and on the product page. */
export function ModerationActions({
  product,
  canApprove = true,
}: {
  product: { id: string; title: string };
  /** False for a product already published: only "Reject" (take it down) makes sense. */
  canApprove?: boolean;
}) {
  const { t } = useT();
  const [rejecting, setRejecting] = useState(false);
  const mutation = useModerate(product.id);

  const approve = () =>
    mutation.mutate(
      { action: "approve" },
      {
        onSuccess: () => toast.success(t("moderation.approved", { title: product.title })),
        onError: (error) => toast.error(t("moderation.actionError", { message: errorMessage(error) })),
      },
    );

  return (
    <div className="flex flex-wrap gap-2">
      {canApprove && (
        <Button size="small" onClick={approve} isLoading={mutation.isPending}>
          {t("moderation.approve")}
        </Button>
      )}
      <Button size="small" variant="secondary" onClick={() => setRejecting(true)}>
        {t("moderation.reject")}
      </Button>
      <RejectDrawer product={product} open={rejecting} onOpenChange={setRejecting} />
    </div>
  );
}
