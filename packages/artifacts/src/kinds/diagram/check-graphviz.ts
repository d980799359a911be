/**
 * The problem with a Graphviz DOT source, or null: it must start with `[strict] graph|digraph` and its braces
 * must balance outside strings and comments. A shape check, not a DOT parser.
 */
export function checkGraphviz(source: string): string | null {
  const code = stripCommentsAndStrings(source);
  if (code === null) return "a string or comment in the DOT source is never closed";
  if (!/^\s*(strict\s+)?(di)?graph\b/i.test(code)) {
    return "a Graphviz graph starts with graph, digraph or strict";
  }
  let depth = 0;
  let opened = false;
  for (const character of code) {
    if (character === "{") {
      depth++;
      opened = true;
    } else if (character === "}") {
      depth--;
      if (depth < 0) return "a closing brace has no opening brace";
    }
  }
  if (!opened) return "the graph has no body in braces";
  if (depth !== 0) return `${depth} brace(s) are never closed`;
  return null;
}

/** The source with comments removed and quoted strings emptied; null when one is never closed. */
function stripCommentsAndStrings(source: string): string | null {
  let output = "";
  let index = 0;
  let lineStart = true;
  while (index < source.length) {
    const character = source[index] as string;
    if (character === '"') {
      index++;
      while (index < source.length && source[index] !== '"') index += source[index] === "\\" ? 2 : 1;
      if (index >= source.length) return null;
      index++;
      output += '""';
      lineStart = false;
      continue;
    }
    if (source.startsWith("/*", index)) {
      const end = source.indexOf("*/", index + 2);
      if (end === -1) return null;
      index = end + 2;
      output += " ";
      continue;
    }
    // `//` comments anywhere, `#` lines (C preprocessor output) only at the start of a line.
    if (source.startsWith("//", index) || (character === "#" && lineStart)) {
      const end = source.indexOf("\n", index);
      index = end === -1 ? source.length : end;
      continue;
    }
    output += character;
    if (character === "\n") lineStart = true;
    else if (character.trim() !== "") lineStart = false;
    index++;
  }
  return output;
}
