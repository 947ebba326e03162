import { Module } from "@medusajs/framework/utils";
import ArtisanInviteModuleService from "./service";

export const ARTISAN_INVITE_MODULE = "artisanInvite";

export default Module(ARTISAN_INVITE_MODULE, { service: ArtisanInviteModuleService });
