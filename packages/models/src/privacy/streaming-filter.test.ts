import { describe, expect, it } from "vitest";
import { filterOutput } from "./filter-output.ts";
import type { PiiOptions } from "./pii-options.ts";
import type { PiiCount } from "./pii-tally.ts";
import { createStreamingFilter, STREAM_HOLD_MAX } from "./streaming-filter.ts";

const privateKey = [
  "-----BEGIN RSA PRIVATE KEY-----",
  "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun",
  "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK",
  "-----END RSA PRIVATE KEY-----",
].join("\n");
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const longToken = `eyJ${"a1B2c3D4".repeat(40)}.eyJ${"Z9y8X7w6".repeat(30)}.${"sig_-0".repeat(12)}`;

const texts: Record<string, string> = {
  spanish:
    "Escribe a ana.garcia@example.com o llama al +34 600 123 456; tarjeta 4111 1111 1111 1111, " +
    "IBAN ES91 2100 0418 4502 0005 1332. DNI 12345678Z y NIE X-1234567-L. Otra vez: ANA.GARCIA@example.com",
  english:
    "SSN 536-90-4399, card 5555-5555-5555-4444 and GB82 WEST 1234 5698 7654 32. " +
    "Key: sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34 (AKIAIOSFODNN7EXAMPLE), call (415) 555-0132.",
  lookalikes:
    "Order #987654321 shipped on 2024-06-15 for $1,299.00; 4111111111111111,5 units; pedido nº 612345678 " +
    "por 600 123 456 euros. Plain words at the end",
  privateKey: `Here is the key:\n${privateKey}\nKeep it safe, and mail bob@example.com.`,
  longToken: `Token ${longToken} expires soon; ask ops@example.com.`,
};

/** Streams `pieces` through one filter and returns what came out, with the counts summed by kind. */
function stream(pieces: string[], options?: PiiOptions): { text: string; counts: Record<string, number> } {
  const filter = createStreamingFilter(options);
  const counts: Record<string, number> = {};
  const add = (redactions: PiiCount[]) => {
    for (const { kind, count } of redactions) counts[kind] = (counts[kind] ?? 0) + count;
  };
  let text = "";
  for (const piece of pieces) {
    const out = filter.push(piece);
    text += out.text;
    add(out.redactions);
  }
  const rest = filter.flush();
  add(rest.redactions);
  return { text: text + rest.text, counts };
}

function batch(text: string, options?: PiiOptions): { text: string; counts: Record<string, number> } {
  const filtered = filterOutput(text, options);
  const counts: Record<string, number> = {};
  for (const finding of filtered.findings)
    counts[finding.kind] = (counts[finding.kind] ?? 0) + finding.occurrences;
  return { text: filtered.text, counts };
}

describe("createStreamingFilter", () => {
  describe.each(Object.keys(texts))("%s", (name) => {
    const text = texts[name] as string;
    const expected = batch(text);

    it("lets out what filterOutput makes of the whole text, split in two at every position", () => {
      // The look-alikes (an order number, a date, a decimal, an amount) are the control: nothing to take out.
      if (name === "lookalikes") expect(expected.text).toBe(text);
      else expect(expected.text).not.toBe(text);
      for (let split = 0; split <= text.length; split++) {
        const streamed = stream([text.slice(0, split), text.slice(split)]);
        expect(streamed, `split at ${split}`).toEqual(expected);
      }
    });

    it("does the same one character at a time and in three pieces at many positions", () => {
      expect(stream(Array.from(text))).toEqual(expected);
      for (let first = 1; first < text.length; first += 7) {
        for (let second = first + 1; second < text.length; second += 5) {
          const pieces = [text.slice(0, first), text.slice(first, second), text.slice(second)];
          expect(stream(pieces), `split at ${first} and ${second}`).toEqual(expected);
        }
      }
    });
  });

  it("follows the tenant's kinds and always takes secrets out", () => {
    const text = texts.english as string;
    const secretsOnly = stream(Array.from(text), { kinds: [] });
    expect(secretsOnly).toEqual(batch(text, { kinds: [] }));
    expect(secretsOnly.text).toContain("5555-5555-5555-4444");
    expect(secretsOnly.text).not.toContain("AKIAIOSFODNN7EXAMPLE");
    expect(secretsOnly.counts).toEqual({ secret: 2 });
  });

  it("lets ended words go at once and holds back only the word still arriving", () => {
    const filter = createStreamingFilter();
    expect(filter.push("Hello there, ").text).toBe("Hello there, ");
    expect(filter.push("my mail is ana").text).toBe("my mail is ");
    expect(filter.push(".garcia@exa").text).toBe("");
    expect(filter.push("mple.com and nothing else").text).toBe("[EMAIL_1] and nothing ");
    expect(filter.flush()).toEqual({ text: "else", redactions: [] });
  });

  it("holds a grouped number while its groups arrive, then lets the rest of the sentence go", () => {
    const filter = createStreamingFilter({ kinds: ["card-number"] });
    expect(filter.push("Card 4111 1111").text).toBe("");
    expect(filter.push(" 1111 1111 was charged").text).toBe("Card [CARD_NUMBER_1] was ");
    expect(filter.push(" twice today").text).toBe("charged twice ");
    expect(filter.flush().text).toBe("today");
  });

  it("never holds more than a bounded tail", () => {
    const filter = createStreamingFilter();
    const word = "x".repeat(STREAM_HOLD_MAX * 3);
    const out = filter.push(word);
    expect(out.text).toBe("x".repeat(STREAM_HOLD_MAX * 2));
    expect(filter.flush().text).toBe("x".repeat(STREAM_HOLD_MAX));
  });

  it("cuts a private key off at its first line and drops it until its last, even without an end", () => {
    const filter = createStreamingFilter({ kinds: [] });
    const opened = filter.push(`Key:\n${privateKey.slice(0, 80)}`);
    expect(opened).toEqual({ text: "Key:\n[SECRET_1]", redactions: [{ kind: "secret", count: 1 }] });
    expect(filter.push(privateKey.slice(80, 140)).text).toBe("");
    expect(filter.flush()).toEqual({ text: "", redactions: [] });
  });

  it("keeps the characters of a symbol written as two UTF-16 units together", () => {
    const text = `${"😀".repeat(STREAM_HOLD_MAX)}é😀 fin`;
    for (const size of [1, 3, 7]) {
      const pieces: string[] = [];
      for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
      const filter = createStreamingFilter();
      const outputs = [...pieces.map((piece) => filter.push(piece).text), filter.flush().text];
      for (const output of outputs) expect(output).not.toMatch(loneSurrogate);
      expect(outputs.join("")).toBe(text);
    }
  });
});
