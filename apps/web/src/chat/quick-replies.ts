/** Most options a question may offer as quick replies; a longer list is prose, not a choice. */
const MAX_OPTIONS = 8;
/** Longest option, in characters: an option is a name or a short phrase. */
const MAX_OPTION_LENGTH = 48;
/** Longest question considered: a long answer that happens to end with a question is not a clarification. */
const MAX_TEXT_LENGTH = 700;

const listItem = /^\s*(?:[-*•]|\d+[.)])\s+(.+?)\s*$/;
/** "a, b or c" / "a, b o c" / "a, b and c": the words that join a list's last item, in English and Spanish. */
const separators = /\s*,\s*(?:(?:or|and|o|u|y|e)\s+)?|\s+(?:or|and|o|u|y|e)\s+/i;

function clean(option: string): string {
  return option
    .replace(/[*_`"“”«»]/g, "")
    .replace(/^[¿¡]/, "")
    .trim();
}

function plausible(options: string[]): string[] {
  const unique = [...new Set(options.map(clean).filter(Boolean))];
  if (unique.length < 2 || unique.length > MAX_OPTIONS) return [];
  const short = unique.every(
    (option) => option.length <= MAX_OPTION_LENGTH && option.split(/\s+/).length <= 6,
  );
  return short ? unique : [];
}

/** A Markdown list in the question ("- Atlas\n- Borealis"), its items. */
function fromList(lines: string[]): string[] {
  const items = lines.flatMap((line) => {
    const match = listItem.exec(line);
    return match?.[1] ? [match[1]] : [];
  });
  return plausible(items);
}

/** The last "…: a, b or c." in the text ("Known projects: Atlas, Borealis."), its items. */
function fromInlineList(text: string): string[] {
  const segments = [...text.matchAll(/:\s*([^:.?!\n]+?)\s*[.?!](?=\s|$)/g)];
  for (const segment of segments.reverse()) {
    const options = plausible((segment[1] ?? "").split(separators));
    if (options.length > 0) return options;
  }
  return [];
}

/**
 * The options a clarifying question offers, for quick-reply buttons: the text must end with a question and name its
 * choices as a short list (a Markdown list, or "…: a, b or c"). Nothing model-specific: any model that asks this
 * way gets the buttons; anything else gets none.
 */
export function quickReplies(text: string): string[] {
  const trimmed = text.trim();
  if (!trimmed.endsWith("?") || trimmed.length > MAX_TEXT_LENGTH) return [];
  const listed = fromList(trimmed.split("\n"));
  return listed.length > 0 ? listed : fromInlineList(trimmed);
}
