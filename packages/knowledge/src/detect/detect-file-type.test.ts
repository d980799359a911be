import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { UnsupportedFileTypeError } from "../errors/unsupported-file-type-error.ts";
import { detectFileType } from "./detect-file-type.ts";
import { documentFormats } from "./document-formats.ts";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("detectFileType", () => {
  it.each([
    ["federal-register-2020-17221.pdf", "pdf", "application/pdf"],
    [
      "chapter-13-trustee-handbook.docx",
      "docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
    ["rfc9111.html", "html", "text/html"],
    ["fastify-errors.md", "markdown", "text/markdown"],
    ["the-art-of-command-line.es.md", "markdown", "text/markdown"],
  ])("reads %s as %s from its content", async (name, format, mime) => {
    // No filename: the content alone decides.
    expect(await detectFileType({ bytes: fixture(name) })).toEqual({ format, mime });
  });

  it("believes the bytes, not the name: a PDF named .txt is a PDF", async () => {
    const detected = await detectFileType({
      bytes: fixture("federal-register-2020-17221.pdf"),
      filename: "notes.txt",
    });
    expect(detected.format).toBe("pdf");
  });

  it("refuses a PNG with a message that says what it is and what Penny reads", async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const refusal = detectFileType({ bytes: png, filename: "report.pdf" });
    await expect(refusal).rejects.toBeInstanceOf(UnsupportedFileTypeError);
    await expect(refusal).rejects.toThrow(
      "This file is a PNG image; Penny can read PDF, Word (DOCX), HTML, Markdown, text, CSV and Excel (XLSX).",
    );
  });

  it("refuses a zip that is not a Word or Excel file, even when named .docx", async () => {
    const zip = zipSync({ "notes/readme.txt": utf8("hello") });
    await expect(detectFileType({ bytes: zip, filename: "letter.docx" })).rejects.toThrow(/zip archive/);
  });

  it("refuses binary data that is not valid UTF-8", async () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x00, 0x01, 0xc3, 0x28, 0x80, 0x81]);
    await expect(detectFileType({ bytes })).rejects.toBeInstanceOf(UnsupportedFileTypeError);
  });

  it("sniffs HTML by its markup, CSV by a steady delimiter, Markdown by its syntax, else text", async () => {
    const html = "<div><p>One</p><p>Two <a href='x'>link</a></p></div>";
    const csv = "region;revenue;year\nNorth;120,5;2024\nSouth;98,1;2024\n";
    const markdown = "# Notes\n\n- first\n- second\n\nSee [the site](https://example.org).";
    const text = "Dear team,\n\nThe meeting moved to Thursday, at ten.\n\nThanks, Ana";
    expect((await detectFileType({ bytes: utf8(html) })).format).toBe("html");
    expect((await detectFileType({ bytes: utf8(csv) })).format).toBe("csv");
    expect((await detectFileType({ bytes: utf8(markdown) })).format).toBe("markdown");
    expect((await detectFileType({ bytes: utf8(text) })).format).toBe("text");
  });

  it("lets the name break a tie between text kinds only", async () => {
    const plain = utf8("Shopping list\n\nmilk, bread\n");
    expect((await detectFileType({ bytes: plain, filename: "list.md" })).format).toBe("markdown");
    expect(
      (await detectFileType({ bytes: fixture("fastify-errors.md"), filename: "errors.txt" })).format,
    ).toBe("text");
  });

  it("lists the formats once", () => {
    expect(documentFormats).toEqual(["pdf", "docx", "html", "markdown", "text", "csv", "xlsx"]);
  });
});
