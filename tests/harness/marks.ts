import type Medusa from "@medusajs/js-sdk";
import type {
  AdminMark,
  AdminMarkAuthorisation,
  AdminMarkAuthorisationResponse,
  AdminMarkResponse,
} from "../../commerce/src/api/admin/marks/types.ts";
import { vietnamToday } from "./artisan-products.ts";
import { uniqueSuffix } from "./artisans.ts";

/** A sample collective mark (never a real registration number); a test may override any field. */
export function markBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const suffix = uniqueSuffix();
  return {
    handle: `nhan-mau-${suffix}`,
    kind: "collective",
    name: { vi: `Thổ cẩm mẫu ${suffix} (dữ liệu mẫu)`, en: `Sample brocade ${suffix} (sample data)` },
    owner: "Hợp tác xã dệt mẫu (dữ liệu mẫu)",
    registration_number: null,
    metadata: { sample: true },
    ...overrides,
  };
}

/** POST /admin/marks as the seeded admin. */
export async function createMark(admin: Medusa, overrides: Record<string, unknown> = {}): Promise<AdminMark> {
  const { mark } = await admin.client.fetch<AdminMarkResponse>("/admin/marks", {
    method: "POST",
    body: markBody(overrides),
  });
  return mark;
}

/** POST /admin/marks/:id/authorisations: the artisan may use the mark from `from` to `to` (inclusive). */
export async function authoriseMember(
  admin: Medusa,
  markId: string,
  artisanId: string,
  from: string,
  to: string | null,
): Promise<AdminMarkAuthorisation> {
  const { authorisation } = await admin.client.fetch<AdminMarkAuthorisationResponse>(
    `/admin/marks/${markId}/authorisations`,
    { method: "POST", body: { artisan_id: artisanId, valid_from: from, valid_to: to } },
  );
  return authorisation;
}

/** A day in Vietnam `offset` days from today, "2026-03-14". */
export function vietnamDay(offset: number): string {
  const today = new Date(`${vietnamToday()}T00:00:00Z`);
  return new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
}
