/**
 * The kinds of personal data and secrets Penny can find; a tenant's config enables a subset. The order is the
 * precedence when two candidates overlap: a checksum-validated or more specific kind wins over a looser one.
 */
export const piiKinds = ["secret", "email", "iban", "card-number", "spanish-id", "us-ssn", "phone"] as const;

export type PiiKind = (typeof piiKinds)[number];

/** The label inside a placeholder: `card-number` → `CARD_NUMBER`, as in `[CARD_NUMBER_1]`. */
export function piiPlaceholderLabel(kind: PiiKind): string {
  return kind.toUpperCase().replaceAll("-", "_");
}
