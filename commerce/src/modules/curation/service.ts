import { MedusaService } from "@medusajs/framework/utils";
import CurationRevision from "./models/curation-revision";

/** The tourism office's choices, one revision per save (listCurationRevisions, createCurationRevisions, …). */
class CurationModuleService extends MedusaService({ CurationRevision }) {}

export default CurationModuleService;
