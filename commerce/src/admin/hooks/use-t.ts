import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ArtisanTitle, Craft, EthnicGroup } from "../../modules/craft/vocabulary";
import type { Dictionary } from "../i18n/vi";

/** Dotted paths of the dictionary's texts: "craft.heading", "crafts.pottery", … */
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];
export type TextKey = Leaves<Dictionary>;

export type Translate = (key: TextKey, values?: Record<string, string | number>) => string;

/**
 * The extension texts (../i18n) in the dashboard's current language, through the dashboard's own
 * i18next instance, with names for the vocabulary codes. `dashboardT` reads the dashboard's keys.
 */
export function useT() {
  const { t: translate } = useTranslation();
  return useMemo(() => {
    const t: Translate = (key, values) => translate(`kontum.${key}`, values ?? {});
    return {
      t,
      dashboardT: (key: string) => translate(key),
      craftName: (craft: Craft) => t(`crafts.${craft}`),
      ethnicGroupName: (group: EthnicGroup) => t(`ethnicGroups.${group}`),
      titleName: (title: ArtisanTitle) => t(`artisanTitles.${title}`),
    };
  }, [translate]);
}
