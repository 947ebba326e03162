/** The hash chain of trace records: canonical JSON, the hashed field lists, verification. Pure functions. */
export { canonicalJson, type CanonicalValue } from "./canonical-json";
export {
  CHAIN_VERSION,
  eventHash,
  genesisHash,
  recordHash,
  type HashedEventFields,
  type HashedRecordFields,
} from "./hashes";
export {
  verifyChain,
  type ChainFault,
  type ChainVerification,
  type StoredEvent,
  type StoredRecord,
} from "./verify-chain";
