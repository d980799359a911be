import { useEffect, useState } from "react";
import type { CodeSegment } from "../artifacts/renderers/code/highlight-code.ts";

/**
 * A fenced code block's lines, highlighted once highlight.js has loaded (it stays out of the chat's first bundle);
 * undefined until then, or when the block names no language Penny highlights.
 */
export function useHighlightedCode(
  source: string,
  language: string | undefined,
): CodeSegment[][] | undefined {
  const [lines, setLines] = useState<CodeSegment[][]>();
  useEffect(() => {
    let current = true;
    setLines(undefined);
    if (!language) return;
    void import("../artifacts/renderers/code/highlight-code.ts").then((highlighter) => {
      const known = highlighter.knownLanguage(language);
      if (current && known) setLines(highlighter.highlightCode(source, known).lines);
    });
    return () => {
      current = false;
    };
  }, [source, language]);
  return lines;
}
