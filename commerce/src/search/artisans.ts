import { ARTISAN_INDEXES, artisanSettingsByLanguage } from "@kontum/search-config/artisans";
import { PRODUCT_LOCALES, type SearchLanguage } from "@kontum/search-config/products";
import {
  createSeed,
  reconcileIds,
  type ResolvedFactoryOptions,
} from "@rokmohar/medusa-plugin-meilisearch/indexes";
import type { SearchTypes } from "@medusajs/framework/types";
import { defineSearchIndex } from "@medusajs/framework/utils";
import { artisanEventEffect, ARTISAN_SEARCH_EVENTS } from "../lib/search/artisan-events";
import { artisanSearchFields } from "../lib/search/artisan-fields";
import { ARTISAN_SEARCH_GRAPH_FIELDS, type ArtisanSearchRow } from "../lib/search/artisan-row";
import { toArtisanDocument } from "../lib/search/artisan-document";
import { toProviderSettings } from "../lib/search/provider-settings";
import { readVillageNames } from "../lib/search/village-names";

const villages = readVillageNames();

/**
 * The artisan indexes, one per language: `artisans` (Vietnamese, the records' own texts) and
 * `artisans-en-US` (the bio in English through the Translation Module). Every artisan the store lists
 * (all that are not deleted); the Search Module seeds them at start, keeps them current from
 * ARTISAN_SEARCH_EVENTS, and rebuilds them into a new version when these fields or search-config's
 * settings change.
 */
function defineArtisanIndex(language: SearchLanguage): SearchTypes.SearchIndexDefinition {
  const locale = PRODUCT_LOCALES[language];
  const options: ResolvedFactoryOptions = {
    name: ARTISAN_INDEXES[language],
    entity: "artisan",
    primaryKey: "id",
    fields: artisanSearchFields,
    settings: {
      provider_options: {
        meilisearch: { ...toProviderSettings(artisanSettingsByLanguage[language], []), locales: [locale] },
      },
    },
    graphFields: ARTISAN_SEARCH_GRAPH_FIELDS,
    filters: {},
    transform: (entity) => ({ ...toArtisanDocument(entity as ArtisanSearchRow, language, villages) }),
    batchSize: 100,
    events: ARTISAN_SEARCH_EVENTS,
    locale,
  };
  return defineSearchIndex({
    name: options.name,
    entity: options.entity,
    primary_key: options.primaryKey,
    fields: artisanSearchFields,
    settings: options.settings,
    events: options.events,
    seed: createSeed(options),
    consume: async (event, { container }) => {
      const effect = await artisanEventEffect(container.query, event);
      if ("delete" in effect) {
        return effect.delete.length ? [{ action: "delete", filters: { id: effect.delete } }] : [];
      }
      return reconcileIds(container.query, options, effect.reconcile);
    },
  });
}

export default [defineArtisanIndex("vi"), defineArtisanIndex("en")];
