export { openSecret, type SealedSecret, sealSecret } from "./envelope.ts";
export { VaultDecryptError } from "./vault-decrypt-error.ts";
