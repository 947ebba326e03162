/**
 * Strings of the portal's trace pages (an artisan records the origin of their own pieces: /portal/trace),
 * both languages side by side. Vietnamese first: artisans read it on a phone. Merged into the site's
 * dictionaries (`../vi.ts`, `../en.ts`). Step types use the public page's names (`trace.event.*`, ./trace.ts).
 * `{name}` marks a value filled in by the page.
 */
export const portalTraceVi = {
  "portalTrace.nav": "Nguồn gốc sản phẩm",
  "portalTrace.back": "Quay lại danh sách nguồn gốc",
  "portalTrace.status.draft": "Nháp",
  "portalTrace.status.published": "Đã công bố",
  "portalTrace.batch": "Lô {code} · {count} chiếc",
  "portalTrace.piece": "Chiếc {code}",
  "portalTrace.noProduct": "Sản phẩm không còn trong danh sách của bạn",

  "portalTrace.list.title": "Nguồn gốc sản phẩm",
  "portalTrace.list.intro":
    "Mỗi lô hoặc mỗi chiếc có một mã QR trên tem. Người mua quét mã để biết ai làm ra, ở đâu, từ nguyên liệu gì.",
  "portalTrace.list.new": "Ghi nguồn gốc mới",
  "portalTrace.list.empty": "Bạn chưa ghi nguồn gốc cho sản phẩm nào.",
  "portalTrace.list.steps": "{count} bước",

  "portalTrace.new.title": "Ghi nguồn gốc mới",
  "portalTrace.new.intro":
    "Ghi lại ai làm ra, ở đâu và từ nguyên liệu gì. Mã sản phẩm in trên tem do cửa hàng cấp; bạn không cần nhập.",
  "portalTrace.new.noProducts": "Bạn cần có ít nhất một sản phẩm trước khi ghi nguồn gốc.",
  "portalTrace.new.addProduct": "Thêm sản phẩm",
  "portalTrace.new.profile": "{village}, dân tộc {ethnicGroup}: lấy từ hồ sơ của bạn.",
  "portalTrace.new.save": "Lưu bản nháp",
  "portalTrace.field.product": "Sản phẩm",
  "portalTrace.field.productChoose": "Chọn sản phẩm",
  "portalTrace.field.productMaterials": "Lấy nguyên liệu của sản phẩm đã chọn",
  "portalTrace.field.kind": "Ghi cho",
  "portalTrace.kind.batch": "Một lô: nhiều chiếc làm cùng đợt",
  "portalTrace.kind.piece": "Một chiếc riêng",
  "portalTrace.field.code": "Số lô hoặc mã chiếc",
  "portalTrace.field.codeHint":
    "Có thể giữ số gợi ý. Chỉ dùng chữ không dấu, chữ số và dấu gạch ngang, tối đa 20 ký tự, không có khoảng trắng.",
  "portalTrace.field.batchSize": "Số chiếc trong lô",
  "portalTrace.field.batchSizeHint": "Chỉ cần khi ghi cho một lô.",
  "portalTrace.field.coMakers": "Cùng làm với (không bắt buộc)",
  "portalTrace.field.coMakersHint": "Chọn những nghệ nhân trong làng đã cùng làm. Bạn là người làm chính.",
  "portalTrace.field.coMakersNone": "Chưa có nghệ nhân nào khác của làng bạn trên cổng.",

  "portalTrace.record.title": "Nguồn gốc: {product}",
  "portalTrace.record.makers": "Người làm",
  "portalTrace.record.village": "Làng",
  "portalTrace.record.ethnicGroup": "Dân tộc",
  "portalTrace.record.materials": "Nguyên liệu",
  "portalTrace.record.material": "{name}: {origin}",
  "portalTrace.notice.created": "Đã lưu bản nháp. Bây giờ hãy thêm các bước làm ra sản phẩm.",
  "portalTrace.notice.stepAdded": "Đã thêm bước.",
  "portalTrace.notice.published": "Đã công bố. Người mua quét mã QR sẽ thấy câu chuyện này.",

  "portalTrace.timeline": "Các bước làm ra",
  "portalTrace.timeline.empty": "Chưa có bước nào. Hãy thêm bước đầu tiên, ví dụ lấy nguyên liệu.",
  "portalTrace.timeline.byMe": "Bạn ghi",
  "portalTrace.timeline.byArtisan": "Nghệ nhân cùng làm ghi",
  "portalTrace.timeline.byUser": "Phòng Du lịch ghi",
  "portalTrace.timeline.bySystem": "Hệ thống ghi",
  "portalTrace.timeline.afterPublication": "Thêm sau khi công bố",

  "portalTrace.step.title": "Thêm một bước",
  "portalTrace.step.hint":
    "Bước đã ghi thì không sửa được. Nếu ghi nhầm, hãy thêm một bước mới để đính chính.",
  "portalTrace.step.type": "Bước làm",
  "portalTrace.step.typeChoose": "Chọn bước",
  "portalTrace.step.date": "Ngày làm",
  "portalTrace.step.place": "Nơi làm",
  "portalTrace.step.placeHint": "Ví dụ: nhà rông của làng, rẫy của gia đình.",
  "portalTrace.step.description": "Mô tả (tiếng Việt)",
  "portalTrace.step.descriptionHint": "Làm gì, làm thế nào. Tối đa 2.000 ký tự.",
  "portalTrace.step.save": "Thêm bước",

  "portalTrace.publish.title": "Công bố",
  "portalTrace.publish.explain": "Sau khi công bố, câu chuyện được niêm phong: chỉ có thể thêm bước mới.",
  "portalTrace.publish.explainMore":
    "Người mua quét mã QR trên tem sẽ thấy các bước này. Hãy đọc lại một lần trước khi công bố.",
  "portalTrace.publish.needSteps": "Hãy thêm ít nhất một bước trước khi công bố.",
  "portalTrace.publish.submit": "Công bố câu chuyện",
  "portalTrace.publish.reseal":
    "Các bước thêm sau khi công bố đã hiện trên trang công khai. Hãy niêm phong lại để chúng cũng được bảo vệ.",
  "portalTrace.publish.resealSubmit": "Niêm phong các bước mới",

  "portalTrace.qr.title": "Mã QR trên tem",
  "portalTrace.qr.alt": "Mã QR của {code}",
  "portalTrace.qr.publishedOn": "Công bố ngày {date}.",
  "portalTrace.qr.fingerprint": "Mã kiểm tra in dưới mã QR: {fingerprint}",
  "portalTrace.qr.publicPage": "Xem trang nguồn gốc công khai",
  "portalTrace.qr.print": "In tem",
  "portalTrace.qr.png": "Tải ảnh mã QR (PNG)",

  "portal.error.trace_product_required": "Hãy chọn một sản phẩm của bạn.",
  "portal.error.trace_kind_required": "Hãy chọn ghi cho một lô hay một chiếc riêng.",
  "portal.error.trace_code_invalid":
    "Số lô hoặc mã chiếc chỉ gồm chữ không dấu, chữ số và dấu gạch ngang, từ 1 đến 20 ký tự, không có khoảng trắng. Ví dụ: LO-2026-01.",
  "portal.error.trace_code_taken":
    "Sản phẩm này đã có một bản ghi với số lô hoặc mã chiếc này. Hãy đổi sang số khác.",
  "portal.error.trace_batch_size_invalid": "Số chiếc trong lô là số nguyên từ 1 đến 100.000.",
  "portal.error.trace_materials_required": "Hãy ghi ít nhất một nguyên liệu và nguồn gốc của nó.",
  "portal.error.trace_co_maker_invalid": "Người cùng làm đã chọn không còn trong danh sách. Hãy chọn lại.",
  "portal.error.trace_step_type_required": "Hãy chọn bước làm.",
  "portal.error.trace_date_invalid": "Hãy chọn ngày đã làm bước này (không chọn ngày chưa tới).",
  "portal.error.trace_place_required": "Hãy ghi nơi làm bước này, tối đa 200 ký tự.",
  "portal.error.trace_description_required": "Hãy mô tả bước này, tối đa 2.000 ký tự.",
  "portal.error.trace_no_steps": "Hãy thêm ít nhất một bước trước khi công bố.",
  "portal.error.trace_publish_refused":
    "Chưa công bố được vì dữ liệu của bản ghi không còn nguyên vẹn. Hãy liên hệ Phòng Du lịch.",
  "portal.error.trace_busy":
    "Vừa có một bước khác được ghi cùng lúc. Bước của bạn vẫn còn đây; hãy bấm “Thêm bước” lại.",
  "portal.error.trace_not_found": "Không tìm thấy bản ghi nguồn gốc này trong danh sách của bạn.",
  "portal.error.trace_not_published": "Bản ghi chưa được công bố nên chưa có mã QR.",
} as const;

export const portalTraceEn: Record<keyof typeof portalTraceVi, string> = {
  "portalTrace.nav": "Product origins",
  "portalTrace.back": "Back to the origin records",
  "portalTrace.status.draft": "Draft",
  "portalTrace.status.published": "Published",
  "portalTrace.batch": "Batch {code} · {count} pieces",
  "portalTrace.piece": "Piece {code}",
  "portalTrace.noProduct": "A product no longer among yours",

  "portalTrace.list.title": "Product origins",
  "portalTrace.list.intro":
    "Each batch or piece has a QR code on its tag. Buyers scan it to learn who made it, where, and from what.",
  "portalTrace.list.new": "Record a new origin",
  "portalTrace.list.empty": "You have not recorded the origin of any product yet.",
  "portalTrace.list.steps": "{count} steps",

  "portalTrace.new.title": "Record a new origin",
  "portalTrace.new.intro":
    "Record who made it, where and from what. The product number printed on the tag comes from the shop; you do not type it.",
  "portalTrace.new.noProducts": "You need at least one product before recording an origin.",
  "portalTrace.new.addProduct": "Add a product",
  "portalTrace.new.profile": "{village}, {ethnicGroup} people: from your profile.",
  "portalTrace.new.save": "Save the draft",
  "portalTrace.field.product": "Product",
  "portalTrace.field.productChoose": "Choose a product",
  "portalTrace.field.productMaterials": "Use the chosen product's materials",
  "portalTrace.field.kind": "Record for",
  "portalTrace.kind.batch": "A batch: several pieces made together",
  "portalTrace.kind.piece": "A single piece",
  "portalTrace.field.code": "Batch or piece number",
  "portalTrace.field.codeHint":
    "You may keep the suggested number. Use letters without accents, digits and hyphens only, at most 20 characters, no spaces.",
  "portalTrace.field.batchSize": "Pieces in the batch",
  "portalTrace.field.batchSizeHint": "Only for a batch.",
  "portalTrace.field.coMakers": "Made together with (optional)",
  "portalTrace.field.coMakersHint":
    "Choose the artisans of your village who made it with you. You are the main maker.",
  "portalTrace.field.coMakersNone": "No other artisan of your village is on the portal yet.",

  "portalTrace.record.title": "Origin: {product}",
  "portalTrace.record.makers": "Made by",
  "portalTrace.record.village": "Village",
  "portalTrace.record.ethnicGroup": "Ethnic group",
  "portalTrace.record.materials": "Materials",
  "portalTrace.record.material": "{name}: {origin}",
  "portalTrace.notice.created": "The draft is saved. Now add the steps that made the product.",
  "portalTrace.notice.stepAdded": "The step is added.",
  "portalTrace.notice.published": "Published. Buyers who scan the QR code will see this story.",

  "portalTrace.timeline": "How it was made",
  "portalTrace.timeline.empty": "No steps yet. Add the first one, for example gathering the materials.",
  "portalTrace.timeline.byMe": "Recorded by you",
  "portalTrace.timeline.byArtisan": "Recorded by a co-maker",
  "portalTrace.timeline.byUser": "Recorded by the tourism office",
  "portalTrace.timeline.bySystem": "Recorded by the system",
  "portalTrace.timeline.afterPublication": "Added after publication",

  "portalTrace.step.title": "Add a step",
  "portalTrace.step.hint":
    "A recorded step cannot be changed. If you made a mistake, add a new step that corrects it.",
  "portalTrace.step.type": "Step",
  "portalTrace.step.typeChoose": "Choose a step",
  "portalTrace.step.date": "Day it was done",
  "portalTrace.step.place": "Where it was done",
  "portalTrace.step.placeHint": "For example: the village's communal house, the family's field.",
  "portalTrace.step.description": "Description (in Vietnamese)",
  "portalTrace.step.descriptionHint": "What was done, and how. At most 2,000 characters.",
  "portalTrace.step.save": "Add the step",

  "portalTrace.publish.title": "Publish",
  "portalTrace.publish.explain": "Once published, the story is sealed: only new steps can be added.",
  "portalTrace.publish.explainMore":
    "Buyers who scan the QR code on the tag will see these steps. Read them once more before publishing.",
  "portalTrace.publish.needSteps": "Add at least one step before publishing.",
  "portalTrace.publish.submit": "Publish the story",
  "portalTrace.publish.reseal":
    "Steps added after publication already show on the public page. Seal them too to protect them.",
  "portalTrace.publish.resealSubmit": "Seal the new steps",

  "portalTrace.qr.title": "QR code on the tag",
  "portalTrace.qr.alt": "QR code of {code}",
  "portalTrace.qr.publishedOn": "Published on {date}.",
  "portalTrace.qr.fingerprint": "Check code printed under the QR code: {fingerprint}",
  "portalTrace.qr.publicPage": "See the public origin page",
  "portalTrace.qr.print": "Print tags",
  "portalTrace.qr.png": "Download the QR code (PNG)",

  "portal.error.trace_product_required": "Choose one of your products.",
  "portal.error.trace_kind_required": "Choose whether you record a batch or a single piece.",
  "portal.error.trace_code_invalid":
    "A batch or piece number has letters without accents, digits and hyphens only, 1 to 20 characters, no spaces. For example: LO-2026-01.",
  "portal.error.trace_code_taken":
    "This product already has a record with this number. Choose another number.",
  "portal.error.trace_batch_size_invalid": "The pieces in a batch are a whole number from 1 to 100,000.",
  "portal.error.trace_materials_required": "Record at least one material and where it comes from.",
  "portal.error.trace_co_maker_invalid": "A chosen co-maker is no longer on the list. Please choose again.",
  "portal.error.trace_step_type_required": "Choose the step.",
  "portal.error.trace_date_invalid": "Choose the day this step was done (not a day still to come).",
  "portal.error.trace_place_required": "Write where this step was done, at most 200 characters.",
  "portal.error.trace_description_required": "Describe this step, at most 2,000 characters.",
  "portal.error.trace_no_steps": "Add at least one step before publishing.",
  "portal.error.trace_publish_refused":
    "It cannot be published because the record's data is no longer intact. Please contact the tourism office.",
  "portal.error.trace_busy":
    "Another step was recorded at the same moment. Your step is kept here; press “Add the step” again.",
  "portal.error.trace_not_found": "This origin record is not among yours.",
  "portal.error.trace_not_published": "The record is not published yet, so it has no QR code.",
};
