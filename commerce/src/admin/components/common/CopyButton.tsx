import { CheckCircleSolid, SquareTwoStack } from "@medusajs/icons";
import { Button } from "@medusajs/ui";
import { useEffect, useState } from "react";
import { useT } from "../../hooks/use-t";

/** Copies `text` with the Clipboard API, or through a hidden textarea where that is unavailable. */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  if (!copied) throw new Error("copy failed");
}

/** A small "Copy" button that says "Copied" for two seconds. */
export function CopyButton({ text }: { text: string }) {
  const { t } = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <Button
      type="button"
      size="small"
      variant="secondary"
      onClick={() =>
        copyText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? <CheckCircleSolid /> : <SquareTwoStack />}
      {copied ? t("vietqr.copied") : t("common.copy")}
    </Button>
  );
}
