/**
 * The kinds of personal data whose names the console translates. The list of kinds itself comes from the API
 * (GET /v1/privacy/policy answers `kinds`); a kind added there before it is named here shows as its id.
 */
export const piiKindNames = [
  "secret",
  "email",
  "iban",
  "card-number",
  "spanish-id",
  "us-ssn",
  "phone",
] as const;

export type PiiKindName = (typeof piiKindNames)[number];
