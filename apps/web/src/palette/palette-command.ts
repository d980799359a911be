/** One thing the command palette can do: a label to find it by, the group it is listed under, and what it does. */
export interface PaletteCommand {
  id: string;
  label: string;
  group: string;
  run(): void;
}

/**
 * The commands whose label contains every word of `query` (case and accents ignored), in their given order; all of
 * them for an empty query.
 */
export function filterCommands(commands: readonly PaletteCommand[], query: string): PaletteCommand[] {
  const fold = (text: string) =>
    text
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  return commands.filter((command) => {
    const haystack = fold(`${command.label} ${command.group}`);
    return words.every((word) => haystack.includes(word));
  });
}
