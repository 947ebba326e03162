import { MedusaService } from "@medusajs/framework/utils";
import CraftProfile from "./models/craft-profile";

/** CRUD for craft profiles (listCraftProfiles, createCraftProfiles, updateCraftProfiles, …). */
class CraftModuleService extends MedusaService({ CraftProfile }) {}

export default CraftModuleService;
