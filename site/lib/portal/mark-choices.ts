import type { ArtisanMark } from "../../../commerce/src/api/artisan/marks/types.ts";
import type { MarkRefusal } from "../../../commerce/src/modules/trace/marks/mark-refusals.ts";
import { formatDate } from "../../components/story/format-date.ts";
import { intlLocale, type Locale, useTranslations } from "../../i18n/index.ts";
import { fill } from "./api-error.ts";

/** One checkbox of the portal's marks field, already worded in the page's language. */
export interface MarkChoice {
  handle: string;
  /** The mark's name (its handle when the registry does not know it). */
  name: string;
  /** "Nhãn hiệu tập thể · HTX …"; empty for a mark the registry does not know. */
  detail: string;
  checked: boolean;
  /** May the artisan use it today (the registry's answer)? */
  allowed: boolean;
  /** "Bạn được phép dùng đến hết ngày …", or in a few words why not. */
  status: string;
  /** Why the last save was refused for this mark; undefined when it was not. */
  refusal?: string;
}

type Translate = ReturnType<typeof useTranslations>;
type Reason = MarkRefusal["reason"];

const day = (value: string, locale: Locale) => formatDate(new Date(`${value}T00:00:00Z`), intlLocale(locale));

function reasonText(
  t: Translate,
  locale: Locale,
  refusal: { reason: Reason; valid_from?: string; valid_to?: string },
  mark: ArtisanMark | undefined,
  handle: string,
): string {
  const name = mark ? (mark.name[locale] ?? mark.name.vi) : handle;
  const date = refusal.valid_to ?? refusal.valid_from;
  return fill(t(`portal.marks.refusal.${refusal.reason}`), {
    mark: `${t(`marks.noun.${mark?.kind ?? "unknown"}`)} “${name}”`,
    date: date ? day(date, locale) : "",
  });
}

/**
 * The registry's marks (and any ticked handle it does not know, so that it can be unticked), each with
 * whether it is ticked, the artisan's right to use it today and, after a refused save, why. The marks the
 * artisan may use, or has ticked, come first.
 */
export function markChoices(
  registry: readonly ArtisanMark[],
  chosen: readonly string[],
  refusals: readonly MarkRefusal[] | undefined,
  locale: Locale,
): MarkChoice[] {
  const t = useTranslations(locale);
  const unknown = chosen.filter((handle) => !registry.some((mark) => mark.handle === handle));
  const entries: { handle: string; mark?: ArtisanMark }[] = [
    ...registry.map((mark) => ({ handle: mark.handle, mark })),
    ...unknown.map((handle) => ({ handle })),
  ];
  const choices = entries.map(({ handle, mark }) => {
    const refused = refusals?.find((refusal) => refusal.handle === handle);
    const use = mark?.use ?? ({ allowed: false, reason: "unknown_mark" } as const);
    let status: string;
    if (!use.allowed) {
      const date = "valid_to" in use ? use.valid_to : "valid_from" in use ? use.valid_from : undefined;
      status = fill(t(`portal.marks.status.${use.reason}`), { date: date ? day(date, locale) : "" });
    } else if (use.valid_to) {
      status = fill(t("portal.marks.allowedUntil"), { date: day(use.valid_to, locale) });
    } else status = t("portal.marks.allowedOpen");
    return {
      handle,
      name: mark ? (mark.name[locale] ?? mark.name.vi) : handle,
      detail: mark
        ? fill(t("portal.marks.detail"), { kind: t(`marks.kind.${mark.kind}`), owner: mark.owner })
        : "",
      checked: chosen.includes(handle),
      allowed: use.allowed,
      status,
      refusal: refused ? reasonText(t, locale, refused, mark, handle) : undefined,
    };
  });
  const first = (choice: MarkChoice) => (choice.allowed || choice.checked ? 0 : 1);
  return choices.sort((a, b) => first(a) - first(b));
}
