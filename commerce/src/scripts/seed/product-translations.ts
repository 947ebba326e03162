import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { upsertTranslationsStep } from "../../workflows/steps/upsert-translations";
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk";
import type { TranslationUpsert } from "../../workflows/steps/upsert-translations";
import type { SetupContext } from "../setup/progress";
import { productFixtures, SAMPLE_NOTICE_EN } from "./fixtures/products";
import type { ProductIds } from "./products";

const seedTranslationsWorkflow = createWorkflow("seed-translations", (input: TranslationUpsert[]) => {
  upsertTranslationsStep(input);
  return new WorkflowResponse(undefined);
});

/** English texts of the sample products: title, description, option names and values. */
export async function ensureProductTranslations({ container }: SetupContext, ids: ProductIds): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "options.id", "options.title", "options.values.id", "options.values.value"],
    filters: { id: Object.values(ids) },
  });
  const upserts: TranslationUpsert[] = [];
  for (const fixture of productFixtures) {
    const product = data.find((row) => row.handle === fixture.handle);
    if (!product) continue;
    upserts.push({
      reference: "product",
      reference_id: product.id,
      fields: { title: fixture.title.en, description: `${SAMPLE_NOTICE_EN} ${fixture.description.en}` },
    });
    for (const option of product.options ?? []) {
      if (!option) continue;
      upserts.push({
        reference: "product_option",
        reference_id: option.id,
        fields: { title: fixture.option.title.en },
      });
      for (const value of option.values ?? []) {
        const english = fixture.option.values.find((candidate) => candidate.vi === value?.value)?.en;
        if (value && english) {
          upserts.push({
            reference: "product_option_value",
            reference_id: value.id,
            fields: { value: english },
          });
        }
      }
    }
  }
  await seedTranslationsWorkflow(container).run({ input: upserts });
}
