import { describe, expect, it } from "vitest";
import { detectedValues } from "../__fixtures__/detected-values.ts";
import { phoneDetector } from "./phone-detector.ts";

describe("phoneDetector", () => {
  it.each([
    // International
    ["Llámame al +34 600 123 456.", "+34 600 123 456"],
    ["Móvil: +34600123456", "+34600123456"],
    ["(+34) 612-345-678", "(+34) 612-345-678"],
    ["desde fuera: 0034 912 345 678", "0034 912 345 678"],
    ["Call +1 (415) 555-0132 now", "+1 (415) 555-0132"],
    ["London office +44 20 7946 0958", "+44 20 7946 0958"],
    ["with trunk +44 (0) 20 7946 0958", "+44 (0) 20 7946 0958"],
    ["Paris +33 1 23 45 67 89", "+33 1 23 45 67 89"],
    ["Berlin +49 30 12345678", "+49 30 12345678"],
    ["Mexico +52 55 1234 5678", "+52 55 1234 5678"],
    // Spanish national
    ["mi móvil es 600 123 456", "600 123 456"],
    ["mi móvil es 600123456", "600123456"],
    ["fijo 91 234 56 78", "91 234 56 78"],
    ["fijo 912 34 56 78", "912 34 56 78"],
    ["tel. 612-345-678", "612-345-678"],
    ["Teléfono: 722 33 44 55", "722 33 44 55"],
    // North American
    ["Phone: (415) 555-0132", "(415) 555-0132"],
    ["Phone: 415-555-0132", "415-555-0132"],
    ["Phone: 415.555.0132", "415.555.0132"],
    ["toll free 1-800-555-0199", "1-800-555-0199"],
    // British national
    ["ring 020 7946 0958", "020 7946 0958"],
    ["mobile 07700 900123", "07700 900123"],
    ["Manchester 0161 496 0000", "0161 496 0000"],
  ])("finds the number in %j", (text, expected) => {
    expect(detectedValues(phoneDetector, text)).toEqual([expected]);
  });

  it("finds several numbers in one text, each once", () => {
    const text = "Call 600 123 456 or +44 20 7946 0958; in the US (415) 555-0132, or 600123456 again.";
    expect(detectedValues(phoneDetector, text)).toEqual([
      "600 123 456",
      "+44 20 7946 0958",
      "(415) 555-0132",
      "600123456",
    ]);
  });

  it.each([
    // Dates and times
    "Nos vemos el 2024-06-15 a las 10:30",
    "Fecha: 15/06/2024",
    "Date 15.06.2024 10:30:45",
    "timestamp 2024-06-15T10:30:00Z",
    "compact date 20240615",
    "periodo 2019-2024",
    // Amounts and figures
    "Total: 1.234.567,89 €",
    "Budget $1,234,567.89",
    "El piso cuesta 600 000 €",
    "una población de 700 000 000 habitantes",
    "Revenue 999.999.999",
    "El importe es 612 345 678 euros",
    "Cost: € 612345678",
    "The fund holds USD 912 345 678",
    "A decimal 600123456.75 is a measurement",
    "percentages 96,5 % and 12.5%",
    // References
    "Pedido nº 600123456",
    "Order #987654321 has shipped",
    "Factura: 612345678",
    "invoice 912-345-678",
    "Ref. 655 443 322",
    "tracking: 722334455",
    // Other digit shapes
    "IP 192.168.100.200",
    "version 6.12.345",
    "código postal 28013, Madrid",
    "too short 600 123 45",
    "too long 600 123 456 789",
    "in a word ABC600123456",
    "part of a longer run 12 600 123 456",
    "a North American number with an invalid exchange 415-155-0132",
    "an invalid area code 115-555-0132",
    "ten bare digits 4155550132",
    "plus sign with too few digits +34 600 12",
  ])("finds nothing in %j", (text) => {
    expect(detectedValues(phoneDetector, text)).toEqual([]);
  });

  it("gives the spaced, compact and 00-prefixed spellings of a number one normalized form", () => {
    expect(phoneDetector.normalize("600 123 456")).toBe(phoneDetector.normalize("600-123-456"));
    expect(phoneDetector.normalize("+34 600 123 456")).toBe(phoneDetector.normalize("0034600123456"));
  });
});
