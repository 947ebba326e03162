import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk";
import { MedusaError } from "@medusajs/framework/utils";
import { buildGtin13, companyPrefixFromEnv, Gs1Error, toGtin14 } from "../../lib/gs1";
import { TRACE_MODULE } from "../../modules/trace";
import type TraceModuleService from "../../modules/trace/service";

export interface ResolveTraceGtinInput {
  product_id: string;
  /** A GTIN-14 the caller gave, already checked by the schema. */
  gtin?: string;
}

/**
 * Settles the GTIN of a new trace record. One GTIN names one product: a given GTIN that another product's
 * records carry is refused (422 with the reason: Medusa replaces the message of a 409); without one, the
 * product's latest GTIN is reused, or else the next item reference under GS1_COMPANY_PREFIX (the demo
 * prefix when unset) is allocated. Reads only.
 */
export const resolveTraceGtinStep = createStep(
  "resolve-trace-gtin",
  async (input: ResolveTraceGtinInput, { container }) => {
    const service: TraceModuleService = container.resolve(TRACE_MODULE);
    if (input.gtin) {
      const [other] = await service.listTraceRecords(
        { gtin: input.gtin, product_id: { $ne: input.product_id } },
        { select: ["id", "product_id"], take: 1 },
      );
      if (other) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `GTIN ${input.gtin} already names another product (${other.product_id}): one GTIN is one product`,
        );
      }
      return new StepResponse(input.gtin);
    }
    const [own] = await service.listTraceRecords(
      { product_id: input.product_id },
      { select: ["gtin"], order: { created_at: "DESC" }, take: 1 },
    );
    if (own) return new StepResponse(own.gtin);
    return new StepResponse(await nextGtin(service));
  },
);

/** The GTIN-14 after the highest one allocated under the company prefix (item reference + 1). */
async function nextGtin(service: TraceModuleService): Promise<string> {
  const { prefix } = companyPrefixFromEnv();
  // A GTIN-13 is stored as a GTIN-14 with a leading zero: "0" + prefix + item reference + check digit.
  const [highest] = await service.listTraceRecords(
    { gtin: { $like: `0${prefix}%` } },
    { select: ["gtin"], order: { gtin: "DESC" }, take: 1 },
  );
  const last = highest ? Number(highest.gtin.slice(1 + prefix.length, 13)) : 0;
  try {
    return toGtin14(buildGtin13(prefix, last + 1));
  } catch (error) {
    if (!(error instanceof Gs1Error)) throw error;
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `No GTIN is left under company prefix ${prefix} (${error.message}); ask GS1 Vietnam for another prefix`,
    );
  }
}
