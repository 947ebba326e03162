/**
 * Strings of the marks (collective marks, certification marks, geographical indications): the badges
 * of the product page and the marks field of the portal's product form, both languages side by side.
 * Merged into the site's dictionaries (`../vi.ts`, `../en.ts`). `{name}` marks a value filled in by the
 * page; `{mark}` is the kind and name, e.g. nhãn hiệu tập thể “Thổ cẩm Kon K'Tu”.
 */
export const marksVi = {
  "marks.kind.collective": "Nhãn hiệu tập thể",
  "marks.kind.certification": "Nhãn hiệu chứng nhận",
  "marks.kind.geographical_indication": "Chỉ dẫn địa lý",
  "marks.noun.collective": "nhãn hiệu tập thể",
  "marks.noun.certification": "nhãn hiệu chứng nhận",
  "marks.noun.geographical_indication": "chỉ dẫn địa lý",
  "marks.noun.unknown": "nhãn hiệu",
  "marks.owner": "Chủ sở hữu:",

  "portal.marks.legend": "Nhãn hiệu và chỉ dẫn địa lý",
  "portal.marks.hint":
    "Chỉ đánh dấu nhãn hiệu bạn đang được phép dùng. Sản phẩm chỉ hiển thị nhãn hiệu trong thời gian bạn được phép.",
  "portal.marks.detail": "{kind} · {owner}",
  "portal.marks.allowedUntil": "Bạn được phép dùng đến hết ngày {date}.",
  "portal.marks.allowedOpen": "Bạn được phép dùng (không thời hạn).",
  "portal.marks.status.unknown_mark": "Nhãn hiệu này không còn trong sổ đăng ký.",
  "portal.marks.status.not_member": "Bạn chưa được cấp quyền dùng nhãn hiệu này.",
  "portal.marks.status.not_yet_valid": "Quyền dùng của bạn bắt đầu từ ngày {date}.",
  "portal.marks.status.expired": "Quyền dùng của bạn đã hết hạn ngày {date}.",
  "portal.marks.status.no_maker": "Sản phẩm chưa gắn với nghệ nhân.",
  "portal.marks.refusedTitle": "Chưa lưu được vì:",
  "portal.marks.refusal.unknown_mark": "Không tìm thấy {mark} trong sổ đăng ký nhãn hiệu.",
  "portal.marks.refusal.not_member": "Bạn không phải thành viên được phép dùng {mark}.",
  "portal.marks.refusal.not_yet_valid": "Quyền dùng {mark} của bạn chỉ bắt đầu từ ngày {date}.",
  "portal.marks.refusal.expired": "Quyền dùng {mark} của bạn đã hết hạn ngày {date}.",
  "portal.marks.refusal.no_maker": "Sản phẩm chưa gắn với nghệ nhân nên không thể dùng {mark}.",
  "portal.marks.uncheck":
    "Hãy bỏ đánh dấu nhãn hiệu này hoặc liên hệ chủ sở hữu nhãn hiệu để được cấp quyền.",
  "portal.error.mark_not_allowed":
    "Có nhãn hiệu bạn chưa được phép dùng. Xem lý do ở mục Nhãn hiệu và chỉ dẫn địa lý.",
} as const;

export const marksEn: Record<keyof typeof marksVi, string> = {
  "marks.kind.collective": "Collective mark",
  "marks.kind.certification": "Certification mark",
  "marks.kind.geographical_indication": "Geographical indication",
  "marks.noun.collective": "collective mark",
  "marks.noun.certification": "certification mark",
  "marks.noun.geographical_indication": "geographical indication",
  "marks.noun.unknown": "mark",
  "marks.owner": "Owner:",

  "portal.marks.legend": "Marks and geographical indications",
  "portal.marks.hint":
    "Tick only the marks you are authorised to use. The product shows a mark only while you are authorised.",
  "portal.marks.detail": "{kind} · {owner}",
  "portal.marks.allowedUntil": "You may use it until {date}.",
  "portal.marks.allowedOpen": "You may use it (no end date).",
  "portal.marks.status.unknown_mark": "This mark is no longer in the registry.",
  "portal.marks.status.not_member": "You have not been authorised to use this mark.",
  "portal.marks.status.not_yet_valid": "Your right to use it starts on {date}.",
  "portal.marks.status.expired": "Your right to use it expired on {date}.",
  "portal.marks.status.no_maker": "The product has no artisan.",
  "portal.marks.refusedTitle": "Not saved, because:",
  "portal.marks.refusal.unknown_mark": "There is no {mark} in the registry of marks.",
  "portal.marks.refusal.not_member": "You are not a member authorised to use the {mark}.",
  "portal.marks.refusal.not_yet_valid": "Your right to use the {mark} only starts on {date}.",
  "portal.marks.refusal.expired": "Your right to use the {mark} expired on {date}.",
  "portal.marks.refusal.no_maker": "The product has no artisan, so it cannot use the {mark}.",
  "portal.marks.uncheck": "Untick this mark, or ask the mark's owner to authorise you.",
  "portal.error.mark_not_allowed":
    "Some marks may not be used yet. See why under Marks and geographical indications.",
};
