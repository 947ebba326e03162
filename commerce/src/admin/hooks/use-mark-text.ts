import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { MarkRefusalReason } from "../../modules/trace/marks/mark-refusals";
import type { MarkKind, StoredLocalizedText } from "../../modules/trace/vocabulary";
import { formatDay } from "../lib/calendar-day";
import { useT } from "./use-t";

/** A refusal as the API (refusals) or the registry (markUse) gives it. */
export interface RefusalLike {
  reason: MarkRefusalReason;
  valid_from?: string;
  valid_to?: string;
}

/** Names, kinds, dates and refusal sentences of marks, in the dashboard's language. */
export function useMarkText() {
  const { t } = useT();
  const { i18n } = useTranslation();
  const language = i18n.language ?? "en";
  return useMemo(() => {
    const vietnamese = language.startsWith("vi");
    const markName = (name: StoredLocalizedText) => (vietnamese ? name.vi : name.en || name.vi);
    const kindName = (kind: MarkKind) => t(`marks.kinds.${kind}`);
    const day = (value: string) => formatDay(value, language);
    /** "nhãn hiệu tập thể “Thổ cẩm Kon K'Tu”"; an unknown mark by its handle. */
    const markLabel = (mark: { kind: MarkKind; name: StoredLocalizedText } | undefined, handle: string) =>
      `${t(`marks.kindNouns.${mark?.kind ?? "unknown"}`)} “${mark ? markName(mark.name) : handle}”`;
    /** Why the artisan may not use the mark, as a sentence naming both. */
    const refusalText = (
      refusal: RefusalLike,
      about: {
        mark: { kind: MarkKind; name: StoredLocalizedText } | undefined;
        handle: string;
        artisan: string;
      },
    ) =>
      t(`marks.refusals.${refusal.reason}`, {
        mark: markLabel(about.mark, about.handle),
        artisan: about.artisan,
        date: day(refusal.valid_to ?? refusal.valid_from ?? ""),
      });
    return { markName, kindName, day, markLabel, refusalText };
  }, [t, language]);
}
