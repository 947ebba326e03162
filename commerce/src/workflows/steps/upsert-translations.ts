import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { Modules } from "@medusajs/framework/utils";

/** The English locale of the store; Vietnamese texts are the entities' own values. */
export const ENGLISH_LOCALE = "en-US";

export interface TranslationUpsert {
  reference: string;
  reference_id: string;
  /** Field → English text; fields with no text are removed from the translation. */
  fields: Record<string, string | null | undefined>;
}

interface Previous {
  created: string[];
  updated: { id: string; translations: Record<string, unknown> }[];
}

/** Creates or updates the English translations of entities; the undo restores what was there. */
export const upsertTranslationsStep = createStep(
  "upsert-translations",
  async (upserts: TranslationUpsert[], { container }) => {
    const translation = container.resolve(Modules.TRANSLATION);
    const previous: Previous = { created: [], updated: [] };
    if (!upserts.length) return new StepResponse(undefined, previous);
    const existing = await translation.listTranslations({
      reference_id: upserts.map((upsert) => upsert.reference_id),
      locale_code: ENGLISH_LOCALE,
    });
    for (const upsert of upserts) {
      const current = existing.find(
        (row) => row.reference_id === upsert.reference_id && row.reference === upsert.reference,
      );
      const merged: Record<string, unknown> = { ...(current?.translations ?? {}) };
      for (const [field, text] of Object.entries(upsert.fields)) {
        if (text) merged[field] = text;
        else delete merged[field];
      }
      if (current) {
        previous.updated.push({ id: current.id, translations: current.translations ?? {} });
        await translation.updateTranslations({ id: current.id, translations: merged });
      } else if (Object.keys(merged).length) {
        const [created] = await translation.createTranslations([
          {
            reference: upsert.reference,
            reference_id: upsert.reference_id,
            locale_code: ENGLISH_LOCALE,
            translations: merged,
          },
        ]);
        previous.created.push(created.id);
      }
    }
    return new StepResponse(undefined, previous);
  },
  async (previous, { container }) => {
    if (!previous) return;
    const translation = container.resolve(Modules.TRANSLATION);
    if (previous.created.length) await translation.deleteTranslations(previous.created);
    for (const { id, translations } of previous.updated) {
      await translation.updateTranslations({ id, translations });
    }
  },
);
