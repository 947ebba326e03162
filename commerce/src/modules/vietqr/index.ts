import { ModuleProvider, Modules } from "@medusajs/framework/utils";
import VietQrPaymentProviderService from "./service";

/** Payment provider `pp_vietqr_vietqr`: bank transfer by VietQR. */
export default ModuleProvider(Modules.PAYMENT, { services: [VietQrPaymentProviderService] });
