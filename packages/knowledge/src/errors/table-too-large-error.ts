import { KnowledgeError } from "./knowledge-error.ts";

/** A CSV/XLSX over the row, column or cell caps of readTable. */
export class TableTooLargeError extends KnowledgeError {
  override readonly name = "TableTooLargeError";
  readonly code = "PENNY_TABLE_TOO_LARGE";
  constructor(what: string, limit: number) {
    super(`The table has more ${what} than Penny reads (the limit is ${limit.toLocaleString("en")}).`);
  }
}
