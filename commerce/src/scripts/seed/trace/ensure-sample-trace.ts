import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { buildGtin13, DEMO_COMPANY_PREFIX, toGtin14 } from "../../../lib/gs1";
import { TRACE_MODULE } from "../../../modules/trace";
import { TraceRecordInputSchema } from "../../../modules/trace/schemas";
import type TraceModuleService from "../../../modules/trace/service";
import { appendTraceEventWorkflow } from "../../../workflows/append-trace-event";
import { authoriseMarkUseWorkflow } from "../../../workflows/authorise-mark-use";
import { createMarkWorkflow } from "../../../workflows/create-mark";
import { createTraceRecordWorkflow } from "../../../workflows/create-trace-record";
import { publishTraceRecordWorkflow } from "../../../workflows/publish-trace-record";
import type { SetupContext } from "../../setup/progress";
import { sampleMark, sampleTraceRecords, type SampleTraceRecord } from "./fixtures";

const SEED_RECORDER = { type: "system", id: "seed-trace" } as const;

/** Ids by handle of the seeded products and artisans (the seed's own maps). */
type Ids = Record<string, string>;

/** Creates, fills and publishes one sample record unless its GTIN and key exist already. */
async function ensureRecord(
  context: SetupContext,
  sample: SampleTraceRecord,
  refs: { products: Ids; artisans: Ids },
): Promise<void> {
  const { container, progress } = context;
  const service: TraceModuleService = container.resolve(TRACE_MODULE);
  const gtin = toGtin14(buildGtin13(DEMO_COMPANY_PREFIX, sample.itemReference));
  const key = sample.kind === "batch" ? { lot: sample.key } : { serial: sample.key };
  let [record] = await service.listTraceRecords({ gtin, ...key });
  if (!record) {
    const productId = refs.products[sample.productHandle];
    const makers = sample.makerHandles.map((handle) => refs.artisans[handle]);
    if (!productId || makers.some((id) => !id)) {
      progress(`Sample product ${sample.productHandle} or its maker is missing: sample trace record skipped`);
      return;
    }
    const artisan = (
      await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "artisan",
        fields: ["village_handle", "ethnic_group"],
        filters: { id: makers[0] },
      })
    ).data[0];
    const input = TraceRecordInputSchema.parse({
      kind: sample.kind,
      product_id: productId,
      gtin,
      ...key,
      makers,
      village_handle: artisan.village_handle,
      ethnic_group: artisan.ethnic_group,
      materials: sample.materials,
      batch_size: sample.batchSize,
      metadata: { sample: true },
    });
    ({ result: record } = await createTraceRecordWorkflow(container).run({ input }));
  }
  const recorded = (await service.listChain(record.id)).length;
  for (const event of sample.events.slice(recorded)) {
    await appendTraceEventWorkflow(container).run({
      input: { record_id: record.id, event, recorder: SEED_RECORDER },
    });
  }
  if (!record.published_at) await publishTraceRecordWorkflow(container).run({ input: { id: record.id } });
}

/**
 * Adds the sample mark and its members' authorisations unless the mark exists. Runs before the products'
 * craft attributes are set: a sample product names the mark, and a product may only name a mark its
 * maker is authorised to show.
 */
export async function ensureSampleMark(context: SetupContext, artisans: Ids): Promise<void> {
  const service: TraceModuleService = context.container.resolve(TRACE_MODULE);
  if ((await service.listMarks({ handle: sampleMark.handle })).length) return;
  const { memberHandles, ...mark } = sampleMark;
  const { result } = await createMarkWorkflow(context.container).run({ input: mark });
  for (const member of memberHandles) {
    const artisanId = artisans[member.handle];
    if (!artisanId) continue;
    await authoriseMarkUseWorkflow(context.container).run({
      input: {
        mark_id: result.id,
        artisan_id: artisanId,
        valid_from: member.valid_from,
        valid_to: member.valid_to,
      },
    });
  }
}

/**
 * Seeds the sample trace records (published, hash-chained, GTINs under the demo prefix 952) of the
 * seeded products. Each record is matched by GTIN and lot/serial and only what is missing is added, so
 * an interrupted seed can run again.
 */
export async function ensureSampleTraceRecords(
  context: SetupContext,
  refs: { products: Ids; artisans: Ids },
): Promise<void> {
  for (const sample of sampleTraceRecords) await ensureRecord(context, sample, refs);
}
