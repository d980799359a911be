import { cardNumberDetector } from "./detectors/card-number-detector.ts";
import { emailDetector } from "./detectors/email-detector.ts";
import { ibanDetector } from "./detectors/iban-detector.ts";
import { phoneDetector } from "./detectors/phone-detector.ts";
import { secretDetector } from "./detectors/secret-detector.ts";
import { spanishIdDetector } from "./detectors/spanish-id-detector.ts";
import { usSsnDetector } from "./detectors/us-ssn-detector.ts";
import type { PiiDetector } from "./pii-detector.ts";
import type { PiiKind } from "./pii-kind.ts";

/** The detector of each kind; a new kind is a file in detectors/, an entry in piiKinds and a line here. */
export const piiDetectors: Readonly<Record<PiiKind, PiiDetector>> = {
  secret: secretDetector,
  email: emailDetector,
  iban: ibanDetector,
  "card-number": cardNumberDetector,
  "spanish-id": spanishIdDetector,
  "us-ssn": usSsnDetector,
  phone: phoneDetector,
};
