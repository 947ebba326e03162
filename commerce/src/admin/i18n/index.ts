import { en } from "./en";
import { vi } from "./vi";

/**
 * Translations of the admin extensions, merged by Medusa into the dashboard's i18next resources
 * (namespace "translation"). Everything sits under `kontum` so that no dashboard key is overridden.
 * The language is the dashboard's own (Profile → Language); languages other than these two fall back
 * to English, as the dashboard does.
 */
export default {
  vi: { translation: { kontum: vi } },
  en: { translation: { kontum: en } },
};
