import type { MedusaContainer } from "@medusajs/framework/types";
import { MedusaError } from "@medusajs/framework/utils";
import { ARTISAN_MODULE } from "../../modules/artisan";
import type ArtisanModuleService from "../../modules/artisan/service";
import type { StoredMaterial } from "../../modules/craft/vocabulary";
import { TraceRecordInputSchema, type TraceRecordInput } from "../../modules/trace/schemas";
import type { TraceKind } from "../../modules/trace/vocabulary";
import { invalidInput } from "../artisan-products/input-errors";

/** What an artisan gives for a new record: no GTIN (the shop allocates it) and no list of makers. */
export interface ArtisanTraceRecordFields {
  kind: TraceKind;
  product_id: string;
  lot?: string | undefined;
  serial?: string | undefined;
  batch_size?: number | undefined;
  /** Other artisans who made it with the signed-in artisan (the main maker). */
  co_makers: string[];
  village_handle?: string | undefined;
  ethnic_group?: string | undefined;
  materials: StoredMaterial[];
}

/** The maker's profile fields a new record starts from. */
export interface MainMaker {
  id: string;
  village_handle: string;
  ethnic_group: string;
}

/** 400 `invalid_co_makers` unless every co-maker is an artisan of the registry. */
export async function assertCoMakersExist(scope: MedusaContainer, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const service: ArtisanModuleService = scope.resolve(ARTISAN_MODULE);
  const found = await service.listArtisans({ id: ids }, { select: ["id"] });
  const missing = ids.find((id) => !found.some((artisan) => artisan.id === id));
  if (missing) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `co_makers: artisan ${missing} does not exist`,
      "invalid_co_makers",
    );
  }
}

/**
 * The record the create workflow takes: the artisan first among the makers, then the co-makers (each
 * once); village and ethnic group from the artisan's profile unless given. Checked by the same schema as
 * the admin's records (lot and serial in GS1's character set, a batch has a lot, a piece a serial); a
 * failure is a 400 naming the field (`invalid_lot`, `invalid_serial`, `invalid_batch_size`, …).
 */
export function artisanTraceRecordInput(
  fields: ArtisanTraceRecordFields,
  maker: MainMaker,
): TraceRecordInput {
  const makers = [maker.id, ...fields.co_makers.filter((id) => id !== maker.id)];
  const parsed = TraceRecordInputSchema.safeParse({
    kind: fields.kind,
    product_id: fields.product_id,
    lot: fields.lot,
    serial: fields.serial,
    makers: [...new Set(makers)],
    village_handle: fields.village_handle ?? maker.village_handle,
    ethnic_group: fields.ethnic_group ?? maker.ethnic_group,
    materials: fields.materials,
    batch_size: fields.batch_size ?? 1,
  });
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}
