/**
 * The provider kinds the API accepts (the `kind` enum of ModelProvider in /v1/openapi.json). The web app does not
 * import the server's packages, so the list is named here once and every screen derives from it.
 */
export const providerKinds = ["openai", "anthropic", "google", "openai-compatible"] as const;

export type ProviderKind = (typeof providerKinds)[number];

/** Only an OpenAI-compatible server (Ollama, vLLM, LM Studio …) has no default address and may need no key. */
export const needsBaseUrl = (kind: ProviderKind) => kind === "openai-compatible";
