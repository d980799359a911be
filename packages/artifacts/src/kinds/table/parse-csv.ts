/** Where a CSV text breaks RFC 4180; `line` is 1-based. */
export class CsvSyntaxError extends Error {
  override readonly name = "CsvSyntaxError";
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/**
 * Splits RFC 4180 CSV into records of fields: commas between fields, CRLF or LF between records, double quotes
 * around fields that hold commas, quotes or line breaks, `""` for a quote inside them. A final line break is
 * optional. Throws CsvSyntaxError on a stray or unterminated quote.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let line = 1;
  let index = 0;
  let fieldStarted = false;

  const endField = () => {
    record.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (index < text.length) {
    const character = text[index] as string;
    if (character === '"' && !fieldStarted && field === "") {
      const start = line;
      index++;
      for (;;) {
        if (index >= text.length) throw new CsvSyntaxError(start, "a quoted field is never closed");
        const inner = text[index] as string;
        if (inner === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        if (inner === "\n") line++;
        field += inner;
        index++;
      }
      fieldStarted = true;
      const next = text[index];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new CsvSyntaxError(
          line,
          "text follows a closing quote; a quote inside a field is written as two",
        );
      }
      continue;
    }
    if (character === ",") {
      endField();
      index++;
      continue;
    }
    if (character === "\r" || character === "\n") {
      endRecord();
      index += character === "\r" && text[index + 1] === "\n" ? 2 : 1;
      line++;
      continue;
    }
    if (character === '"') throw new CsvSyntaxError(line, "a quote inside an unquoted field");
    field += character;
    fieldStarted = true;
    index++;
  }
  // Text after the last line break is a last record; an empty tail is just the optional final line break.
  if (fieldStarted || field !== "" || record.length > 0) endRecord();
  return records;
}
