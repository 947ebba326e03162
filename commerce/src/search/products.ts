import {
  PRODUCT_INDEXES,
  PRODUCT_LOCALES,
  productSettingsByLanguage,
  type SearchLanguage,
} from "@kontum/search-config/products";
import {
  defineProductSearchIndex,
  reconcileIds,
  type ResolvedFactoryOptions,
} from "@rokmohar/medusa-plugin-meilisearch/indexes";
import type { SearchTypes } from "@medusajs/framework/types";
import { PRODUCT_DATE_FIELDS, productSearchFields } from "../lib/search/product-fields";
import { PRODUCT_SEARCH_EVENTS, productEventEffect } from "../lib/search/product-event-ids";
import { PRODUCT_SEARCH_GRAPH_FIELDS, type ProductSearchRow } from "../lib/search/product-row";
import { toProductDocument } from "../lib/search/to-product-document";
import { toProviderSettings } from "../lib/search/provider-settings";
import { readVillageNames } from "../lib/search/village-names";

const villages = readVillageNames();

/**
 * The product indexes, one per language: `products` (Vietnamese, Medusa locale vi-VN: the records' own
 * texts) and `products-en-US` (English through the Translation Module). Published products only; the
 * Search Module seeds them at start, keeps them current from PRODUCT_SEARCH_EVENTS, and rebuilds them
 * into a new version when these fields or search-config's settings change.
 */
function defineProductIndex(language: SearchLanguage): SearchTypes.SearchIndexDefinition[] {
  const locale = PRODUCT_LOCALES[language];
  const transform = (entity: Record<string, unknown>) => ({
    ...toProductDocument(entity as ProductSearchRow, language, villages),
  });
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
    transform,
    batchSize: 250,
    events: PRODUCT_SEARCH_EVENTS,
    locale,
  };
  return defineProductSearchIndex({
    name: options.name,
    locales: [locale],
    fields: productSearchFields,
    settings,
    graph_fields: PRODUCT_SEARCH_GRAPH_FIELDS,
    transform,
    batch_size: options.batchSize,
    events: PRODUCT_SEARCH_EVENTS,
    consume: async (event, { container }) => {
      const effect = await productEventEffect(container.query, event);
      if ("delete" in effect) {
        return effect.delete.length ? [{ action: "delete", filters: { id: effect.delete } }] : [];
      }
      return reconcileIds(container.query, options, effect.reconcile);
    },
  });
}

export default [...defineProductIndex("vi"), ...defineProductIndex("en")];
