/** Text in nbformat: one string, or a list of lines that join without separators. */
type MultilineText = string | string[];

/** One output of a code cell, as nbformat 4 stores it (only the fields the preview reads). */
export type NotebookOutput =
  | { output_type: "stream"; name?: string; text?: MultilineText }
  | {
      output_type: "execute_result" | "display_data";
      data?: Record<string, MultilineText | unknown>;
      execution_count?: number | null;
    }
  | { output_type: "error"; ename?: string; evalue?: string; traceback?: string[] };

export interface NotebookCell {
  cell_type: "markdown" | "code" | "raw" | string;
  source?: MultilineText;
  execution_count?: number | null;
  outputs?: NotebookOutput[];
}

export interface Notebook {
  cells: NotebookCell[];
  language: string | null;
}

/** The cells of an nbformat 4 notebook (the server checked the shape when it was stored), or null if unreadable. */
export function parseNotebook(text: string): Notebook | null {
  try {
    const value = JSON.parse(text) as {
      cells?: unknown;
      metadata?: { language_info?: { name?: unknown }; kernelspec?: { language?: unknown } };
    };
    if (!Array.isArray(value.cells)) return null;
    const language = value.metadata?.language_info?.name ?? value.metadata?.kernelspec?.language;
    return {
      cells: value.cells.filter(
        (cell): cell is NotebookCell =>
          typeof cell === "object" && cell !== null && typeof cell.cell_type === "string",
      ),
      language: typeof language === "string" ? language : null,
    };
  } catch {
    return null;
  }
}

/** nbformat's text fields as one string. */
export function joinText(text: unknown): string {
  if (typeof text === "string") return text;
  if (Array.isArray(text)) return text.filter((line) => typeof line === "string").join("");
  return "";
}

// ESC [ … final byte: the colour and cursor codes Python's tracebacks are full of.
const ANSI_SEQUENCE = new RegExp(`${String.fromCharCode(27)}\\[[0-?]*[ -/]*[@-~]`, "g");

/** Text without ANSI escape sequences (tracebacks are coloured for a terminal). */
export function stripAnsi(text: string): string {
  return text.replace(ANSI_SEQUENCE, "");
}
