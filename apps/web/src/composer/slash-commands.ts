/** A slash command: what the person types after "/", and the tool it allows for one message. */
export interface SlashCommand {
  command: string;
  tool: string;
}

/** Short names for the tools Penny ships; any other tool gets a name made from its own. */
const aliases: Readonly<Record<string, string>> = {
  get_company_kpis: "kpis",
  load_dashboard: "dashboard",
  render_chart: "chart",
};

/** "get_open_incidents" → "open-incidents": the tool's name without a leading verb, in kebab-case. */
function derivedCommand(tool: string): string {
  const words = tool.split(/[_-]+/).filter(Boolean);
  const verbs = new Set(["get", "load", "render", "run", "fetch", "list", "make"]);
  const rest = words.length > 1 && verbs.has(words[0] ?? "") ? words.slice(1) : words;
  return rest.join("-").toLowerCase();
}

/** One command per tool the person may use (from GET /v1/tools), each command name used once. */
export function slashCommands(tools: readonly { name: string }[]): SlashCommand[] {
  const taken = new Set<string>();
  return tools.map(({ name }) => {
    let command = aliases[name] ?? derivedCommand(name);
    if (!command || taken.has(command)) command = name.replace(/_/g, "-").toLowerCase();
    taken.add(command);
    return { command, tool: name };
  });
}

/** The "/word" being typed just before the caret (at the start or after a space), if any. */
export function slashQuery(text: string, caret: number): { query: string; start: number } | null {
  const match = /(?:^|\s)\/([a-z0-9-]*)$/i.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[1] ?? "";
  return { query: query.toLowerCase(), start: caret - query.length - 1 };
}

/** The commands that start with the query first, then those that contain it. */
export function matchingCommands(commands: readonly SlashCommand[], query: string): SlashCommand[] {
  const starts = commands.filter((entry) => entry.command.startsWith(query));
  const contains = commands.filter(
    (entry) =>
      !entry.command.startsWith(query) && (entry.command.includes(query) || entry.tool.includes(query)),
  );
  return [...starts, ...contains];
}
