/** GS1 identifiers: GTIN check digits, GTIN-13 from a company prefix, Digital Link URIs for batches and pieces. */
export {
  assertGtin,
  gs1CheckDigit,
  GTIN_LENGTHS,
  isValidGtin,
  toGtin14,
  type GtinLength,
} from "./check-digit";
export {
  assertCompanyPrefix,
  buildGtin13,
  COMPANY_PREFIX_ENV,
  companyPrefixFromEnv,
  DEMO_COMPANY_PREFIX,
} from "./company-prefix";
export { assertCset82, ATTRIBUTE_MAX_LENGTH, decodeAttribute, encodeAttribute } from "./cset82";
export {
  assertSiteOrigin,
  buildDigitalLink,
  digitalLinkPath,
  parseDigitalLink,
  parseDigitalLinkPath,
  traceKeyFromParts,
  type TraceKey,
} from "./digital-link";
export { Gs1Error, type Gs1ErrorCode } from "./gs1-error";
