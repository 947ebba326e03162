import { MedusaService } from "@medusajs/framework/utils";
import Artisan from "./models/artisan";

/** CRUD for artisans (listArtisans, createArtisans, updateArtisans, deleteArtisans, …). */
class ArtisanModuleService extends MedusaService({ Artisan }) {}

export default ArtisanModuleService;
