/** An API key as GET /v1/api-keys lists it (never with its secret). */
export interface ApiKey {
  id: string;
  kind: "personal" | "service" | "scim";
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The answer to creating a key: the only time its secret is shown. */
export interface CreatedApiKey {
  key: ApiKey;
  secret: string;
}

/** The lifetimes offered when creating a key, in days; `null` is "never expires". */
export const keyLifetimes = [30, 90, 365, null] as const;
