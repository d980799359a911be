import { ArtifactContentError } from "../../errors/artifact-content-error.ts";
import type { ArtifactKindDefinition } from "../artifact-kind-definition.ts";
import { MEGABYTE } from "../artifact-kind-definition.ts";
import { assertMimeAccepted } from "../assert-mime-accepted.ts";
import { decodeUtf8, startsWithBytes } from "../content-checks.ts";
import { CsvSyntaxError, parseCsv } from "./parse-csv.ts";

const PARQUET_MAGIC = "PAR1";

/** Tabular data: CSV with a header and rectangular rows, or a Parquet file. */
export const tableKind: ArtifactKindDefinition<"table"> = {
  kind: "table",
  mimes: ["text/csv", "application/vnd.apache.parquet"],
  maxBytes: 25 * MEGABYTE,
  validate(bytes, mime) {
    assertMimeAccepted(tableKind, mime);
    if (mime === "text/csv") validateCsv(bytes);
    else validateParquet(bytes);
  },
};

function validateCsv(bytes: Uint8Array): void {
  let records: string[][];
  try {
    records = parseCsv(decodeUtf8("table", bytes));
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new ArtifactContentError("table", `The CSV is malformed at ${error.message}.`);
    throw error;
  }
  const [header, ...rows] = records;
  if (!header || (header.length === 1 && header[0] === "")) {
    throw new ArtifactContentError("table", "The CSV is empty; it needs at least a header row.");
  }
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new ArtifactContentError(
        "table",
        `The CSV header has ${header.length} columns but row ${index + 1} has ${row.length}.`,
      );
    }
  });
}

function validateParquet(bytes: Uint8Array): void {
  // A Parquet file is PAR1, the data, the footer, its 4-byte length, PAR1.
  const minimum = 2 * PARQUET_MAGIC.length + 4;
  if (
    bytes.byteLength < minimum ||
    !startsWithBytes(bytes, PARQUET_MAGIC) ||
    !startsWithBytes(bytes, PARQUET_MAGIC, bytes.byteLength - PARQUET_MAGIC.length)
  ) {
    throw new ArtifactContentError(
      "table",
      "The content is not a Parquet file (PAR1 missing at the start or end).",
    );
  }
  const footerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
    bytes.byteLength - 8,
    true,
  );
  if (footerLength > bytes.byteLength - minimum) {
    throw new ArtifactContentError(
      "table",
      "The Parquet footer length is larger than the file; it is truncated.",
    );
  }
}
