import type { Settings } from "meilisearch" with { "resolution-mode": "import" };

/** The hidden attribute the Meilisearch provider keeps beside a date field (epoch ms), for sort and filter. */
export const dateShadowAttribute = (field: string) => `${field}__ts`;

/**
 * search-config's Meilisearch settings as the index definition's `provider_options.meilisearch`. The
 * plugin applies them over the settings it derives from the declared fields; it sorts and filters a
 * date field on its hidden epoch-ms twin, so the date fields' names are swapped for those twins.
 */
export function toProviderSettings(
  settings: Settings,
  dateFields: readonly string[],
): Record<string, unknown> {
  const shadow = (attribute: string) =>
    dateFields.includes(attribute) ? dateShadowAttribute(attribute) : attribute;
  return {
    ...settings,
    ...(settings.sortableAttributes ? { sortableAttributes: settings.sortableAttributes.map(shadow) } : {}),
    ...(settings.filterableAttributes
      ? {
          filterableAttributes: settings.filterableAttributes.map((attribute) =>
            typeof attribute === "string" ? shadow(attribute) : attribute,
          ),
        }
      : {}),
  };
}
