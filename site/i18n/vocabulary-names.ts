import {
  CRAFT_NAMES_VI,
  ETHNIC_GROUP_NAMES_VI,
  type Craft,
  type EthnicGroup,
} from "../../commerce/src/modules/craft/vocabulary.ts";
import type { Locale } from "./index.ts";

/** Names of commerce's craft codes, per language (the Vietnamese ones are commerce's own). */
export const CRAFT_NAMES: Record<Locale, Record<Craft, string>> = {
  vi: CRAFT_NAMES_VI,
  en: {
    "brocade-weaving": "Brocade weaving",
    basketry: "Basketry",
    "wood-carving": "Wood carving",
    blacksmithing: "Blacksmithing",
    "musical-instruments": "Musical instruments",
    beadwork: "Beadwork",
    pottery: "Pottery",
  },
};

/** Names of the ethnic groups: English uses the Vietnamese names, as is usual. */
export const ETHNIC_GROUP_NAMES: Record<Locale, Record<EthnicGroup, string>> = {
  vi: ETHNIC_GROUP_NAMES_VI,
  en: ETHNIC_GROUP_NAMES_VI,
};
