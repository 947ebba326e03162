import { Container, Text } from "@medusajs/ui";
import type { ReactNode } from "react";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";

interface DetailPageProps<T> {
  /** The page's react-query result (`useArtisan(id)`, `useMark(id)`, …). */
  query: { data: T | undefined; isLoading: boolean; error: unknown };
  /** The page's sections, once loaded. */
  children: (data: T) => ReactNode;
}

/** A `[id]` page: its sections once the record is loaded, else "Loading…" or why it could not be (404 too). */
export function DetailPage<T>({ query: { data, isLoading, error }, children }: DetailPageProps<T>) {
  const { t } = useT();
  if (data) return <>{children(data)}</>;
  return (
    <Container className="px-6 py-4">
      <Text size="small" className={error ? "text-ui-fg-error" : "text-ui-fg-muted"}>
        {isLoading || !error ? t("common.loading") : t("common.loadError", { message: errorMessage(error) })}
      </Text>
    </Container>
  );
}
