import { MedusaService } from "@medusajs/framework/utils";
import ArtisanInvite from "./models/artisan-invite";

/** CRUD for artisan invites (listArtisanInvites, createArtisanInvites, updateArtisanInvites, …). */
class ArtisanInviteModuleService extends MedusaService({ ArtisanInvite }) {}

export default ArtisanInviteModuleService;
