/** The model provider kinds Penny can talk to; every other list of kinds derives from this one. */
export const providerKinds = ["openai", "anthropic", "google", "openai-compatible"] as const;

export type ProviderKind = (typeof providerKinds)[number];
