import type { CodeSegment } from "./highlight-code.ts";

/**
 * Highlighted lines as React elements: each segment is text in a span with highlight.js class names, so React
 * escapes it like any other text. Line numbers, when asked for, are CSS counters (never copied with the code).
 */
export function HighlightedLines({
  lines,
  numbered = false,
}: {
  lines: CodeSegment[][];
  numbered?: boolean;
}) {
  return (
    <code className={numbered ? "code-lines code-lines--numbered" : "code-lines"}>
      {lines.map((segments, lineIndex) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are identified by their position.
        <span className="code-line" key={lineIndex}>
          {segments.map((segment, segmentIndex) =>
            segment.className ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments are identified by their position.
              <span className={segment.className} key={segmentIndex}>
                {segment.text}
              </span>
            ) : (
              segment.text
            ),
          )}
          {"\n"}
        </span>
      ))}
    </code>
  );
}
