import {
  CRAFT_NAMES_EN,
  CRAFT_NAMES_VI,
  ETHNIC_GROUP_NAMES_EN,
  ETHNIC_GROUP_NAMES_VI,
  type Craft,
  type EthnicGroup,
} from "../../commerce/src/modules/craft/vocabulary.ts";
import type { Locale } from "./index.ts";

/** Names of commerce's craft codes, per language: the same names the admin shows. */
export const CRAFT_NAMES: Record<Locale, Record<Craft, string>> = { vi: CRAFT_NAMES_VI, en: CRAFT_NAMES_EN };

/** Names of the ethnic groups, per language. */
export const ETHNIC_GROUP_NAMES: Record<Locale, Record<EthnicGroup, string>> = {
  vi: ETHNIC_GROUP_NAMES_VI,
  en: ETHNIC_GROUP_NAMES_EN,
};
