import type { CurationChoices, LocalizedName } from "../../../modules/curation/types";
import type { Translate } from "../../hooks/use-t";
import type { PickerOption } from "./OrderedPicker";

export type DashboardLanguage = "vi" | "en";

/** The dashboard's language as one of the storefront's two (others read English, as the dashboard does). */
export function dashboardLanguage(language: string | undefined): DashboardLanguage {
  return language?.startsWith("vi") ? "vi" : "en";
}

/** The name in the dashboard's language first, the other one as the detail (a preview of both pages). */
function named(name: LocalizedName, language: DashboardLanguage, extra?: string) {
  const other = language === "vi" ? name.en : name.vi;
  return { label: name[language], detail: [other, extra].filter(Boolean).join(" · ") };
}

/** The pickers' options, from what the storefront offers. */
export function curationOptions(choices: CurationChoices, language: DashboardLanguage, t: Translate) {
  const villages: PickerOption[] = choices.villages.map((village) => ({
    value: village.handle,
    ...named(village.name, language),
  }));
  const festivals: PickerOption[] = choices.festivals.map((festival) => ({
    value: festival.handle,
    ...named(
      festival.name,
      language,
      festival.months.length > 0
        ? t("curation.months", { months: festival.months.join(", ") })
        : festival.season[language],
    ),
  }));
  const itineraries: PickerOption[] = choices.itineraries.map((itinerary) => ({
    value: itinerary.handle,
    ...named(itinerary.title, language, t("curation.days", { count: itinerary.days })),
  }));
  return { villages, festivals, itineraries };
}

/** The content's own featured villages, in their order: what the home page shows until a first save. */
export function defaultVillages(choices: CurationChoices): string[] {
  return choices.villages
    .filter((village) => village.featured)
    .sort((a, b) => a.order - b.order)
    .map((village) => village.handle);
}
