import {
  PRODUCT_INDEXES,
  PRODUCT_LOCALES,
  productSettingsByLanguage,
  type SearchLanguage,
} from "@kontum/search-config/products";
import {
  createSeed,
  reconcileIds,
  type ResolvedFactoryOptions,
} from "@rokmohar/medusa-plugin-meilisearch/indexes";
import { defineSearchIndex } from "@medusajs/framework/utils";
import type { SearchTypes } from "@medusajs/framework/types";
import { PRODUCT_DATE_FIELDS, productSearchFields } from "../lib/search/product-fields";
import { PRODUCT_SEARCH_EVENTS, productEventEffect } from "../lib/search/product-event-ids";
import { PRODUCT_SEARCH_GRAPH_FIELDS, type ProductSearchRow } from "../lib/search/product-row";
import { toProductDocument } from "../lib/search/to-product-document";
import { toProviderSettings } from "../lib/search/provider-settings";
import { readAhead } from "../lib/search/read-ahead";
import { SEED_BATCH_SIZE } from "../lib/search/seed-batch";
import { readVillageNames } from "../lib/search/village-names";

const villages = readVillageNames();

/**
 * The product indexes, one per language: `products` (Vietnamese, Medusa locale vi-VN: the records' own
 * texts) and `products-en-US` (English through the Translation Module). Published products only; the
 * Search Module seeds them at start, keeps them current from PRODUCT_SEARCH_EVENTS, and rebuilds them
 * into a new version when these fields or search-config's settings change.
 *
 * Built with the Meilisearch plugin's seed and reconcile helpers (query.graph, cursor on the id,
 * `locale` for the English texts) but declared with `defineSearchIndex` itself: the plugin's
 * `defineProductSearchIndex` adds its own graph paths (categories, tags, collection, type, SKUs) that
 * these documents do not use and every seed page would read. The seed reads one page ahead (readAhead).
 */
function defineProductIndex(language: SearchLanguage): SearchTypes.SearchIndexDefinition {
  const locale = PRODUCT_LOCALES[language];
  const settings: SearchTypes.SearchIndexSettings = {
    provider_options: {
      meilisearch: {
        ...toProviderSettings(productSettingsByLanguage[language], PRODUCT_DATE_FIELDS),
        locales: [locale],
      },
    },
  };
  const options: ResolvedFactoryOptions = {
    name: PRODUCT_INDEXES[language],
    entity: "product",
    primaryKey: "id",
    fields: productSearchFields,
    settings,
    graphFields: PRODUCT_SEARCH_GRAPH_FIELDS,
    filters: { status: "published" },
    transform: (entity) => ({ ...toProductDocument(entity as ProductSearchRow, language, villages) }),
    batchSize: SEED_BATCH_SIZE,
    events: PRODUCT_SEARCH_EVENTS,
    locale,
  };
  const seed = createSeed(options);
  return defineSearchIndex({
    name: options.name,
    entity: options.entity,
    primary_key: options.primaryKey,
    fields: productSearchFields,
    settings,
    events: PRODUCT_SEARCH_EVENTS,
    seed: (context) => readAhead(seed(context)),
    consume: async (event, { container }) => {
      const effect = await productEventEffect(container.query, event);
      if ("delete" in effect) {
        return effect.delete.length ? [{ action: "delete", filters: { id: effect.delete } }] : [];
      }
      return reconcileIds(container.query, options, effect.reconcile);
    },
  });
}

export default [defineProductIndex("vi"), defineProductIndex("en")];
