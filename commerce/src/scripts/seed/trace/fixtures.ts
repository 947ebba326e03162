import type { MarkInput, TraceEventInput } from "../../../modules/trace/schemas";
import type { TraceKind } from "../../../modules/trace/vocabulary";
import { MATERIAL as M } from "../fixtures/products/materials";
import type { SampleMaterial } from "../fixtures/types";

/**
 * Sample trace records (invented, like every sample product): GTINs use GS1's demonstration prefix 952
 * (lib/gs1 DEMO_COMPANY_PREFIX), lot and serial numbers say DEMO, and each record has `{ sample: true }`.
 */
export interface SampleTraceRecord {
  productHandle: string;
  /** Item reference within the demo company prefix: the GTIN-13 is built from it. */
  itemReference: number;
  kind: TraceKind;
  /** Lot (batch) or serial (piece). */
  key: string;
  makerHandles: string[];
  batchSize: number;
  materials: SampleMaterial[];
  /** Production steps, oldest first. */
  events: TraceEventInput[];
}

const KON_K_TU = { vi: "Làng Kon K'Tu (dữ liệu mẫu)", en: "Kon K'Tu village (sample data)" };
const PLEI_DON = { vi: "Làng Plei Đôn (dữ liệu mẫu)", en: "Plei Đôn village (sample data)" };

export const sampleTraceRecords: SampleTraceRecord[] = [
  {
    productHandle: "khan-choang-tho-cam",
    itemReference: 1,
    kind: "batch",
    key: "DEMO-2026-01",
    makerHandles: ["y-bloi"],
    batchSize: 8,
    materials: [M.cotton, M.indigo, M.redYarn],
    events: [
      {
        type: "material_sourced",
        occurred_on: "2025-11-20",
        place: KON_K_TU,
        description: { vi: "Hái bông trên rẫy của gia đình.", en: "Cotton picked in the family's field." },
      },
      {
        type: "spun",
        occurred_on: "2025-12-05",
        place: KON_K_TU,
        description: {
          vi: "Cán hạt, bật bông và se sợi bằng tay.",
          en: "Cotton ginned, fluffed and spun by hand.",
        },
      },
      {
        type: "dyed",
        occurred_on: "2025-12-18",
        place: KON_K_TU,
        description: {
          vi: "Nhuộm chàm bằng lá cây chàm trồng trong vườn nhà, ngâm và phơi nhiều lần.",
          en: "Dyed with indigo from plants grown in the home garden, soaked and dried several times.",
        },
      },
      {
        type: "woven",
        occurred_on: "2026-01-25",
        place: KON_K_TU,
        description: { vi: "Dệt trên khung dệt đeo lưng.", en: "Woven on a backstrap loom." },
      },
      {
        type: "finished",
        occurred_on: "2026-02-02",
        place: KON_K_TU,
        description: { vi: "Cắt, se tua và may viền.", en: "Cut, tasselled and hemmed." },
      },
    ],
  },
  {
    productHandle: "gui-may-tre-dan",
    itemReference: 2,
    kind: "piece",
    key: "DEMO-GUI-0001",
    makerHandles: ["a-bung"],
    batchSize: 1,
    materials: [M.rattan, M.bamboo],
    events: [
      {
        type: "material_sourced",
        occurred_on: "2026-01-08",
        place: {
          vi: "Rừng cộng đồng của làng (dữ liệu mẫu)",
          en: "The village's community forest (sample data)",
        },
        description: {
          vi: "Lấy mây trong rừng cộng đồng theo quy ước của làng.",
          en: "Rattan cut in the community forest under the village's rules.",
        },
      },
      {
        type: "material_prepared",
        occurred_on: "2026-01-12",
        place: PLEI_DON,
        description: {
          vi: "Chẻ nan tre, vót mây, phơi khô.",
          en: "Bamboo split into strips, rattan shaved and dried.",
        },
      },
      {
        type: "woven",
        occurred_on: "2026-01-20",
        place: PLEI_DON,
        description: { vi: "Đan thân gùi và đáy gùi.", en: "Body and base of the back-basket woven." },
      },
      {
        type: "finished",
        occurred_on: "2026-01-22",
        place: PLEI_DON,
        description: { vi: "Gắn quai đeo, hun khói cho bền.", en: "Straps fitted, smoked to last." },
      },
    ],
  },
];

/** An invented collective mark: no registration number, owner and name say they are sample data. */
export const sampleMark: MarkInput & {
  memberHandles: { handle: string; valid_from: string; valid_to: string | null }[];
} = {
  handle: "tho-cam-mau",
  kind: "collective",
  name: {
    vi: "Nhãn hiệu tập thể mẫu «Thổ cẩm làng» (dữ liệu mẫu)",
    en: "Sample collective mark “Village brocade” (sample data)",
  },
  owner: "Hợp tác xã dệt thổ cẩm mẫu (dữ liệu mẫu)",
  registration_number: null,
  metadata: { sample: true },
  memberHandles: [
    { handle: "y-bloi", valid_from: "2026-01-01", valid_to: null },
    { handle: "y-lak", valid_from: "2025-01-01", valid_to: "2025-12-31" },
  ],
};
