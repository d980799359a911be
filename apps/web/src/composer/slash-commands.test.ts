import { describe, expect, it } from "vitest";
import { matchingCommands, slashCommands, slashQuery } from "./slash-commands.ts";

describe("slash commands", () => {
  const commands = slashCommands([
    { name: "get_company_kpis" },
    { name: "load_dashboard" },
    { name: "render_chart" },
    { name: "jira_create_issue" },
    { name: "get_open_incidents" },
  ]);

  it("names Penny's tools briefly and derives the others from their names", () => {
    expect(commands.map((entry) => entry.command)).toEqual([
      "kpis",
      "dashboard",
      "chart",
      "jira-create-issue",
      "open-incidents",
    ]);
  });

  it("never gives two tools the same command", () => {
    const clashing = slashCommands([{ name: "get_chart" }, { name: "render_chart" }]);
    expect(new Set(clashing.map((entry) => entry.command)).size).toBe(2);
  });

  it("finds the command being typed before the caret, at the start or after a space", () => {
    expect(slashQuery("/kp", 3)).toEqual({ query: "kp", start: 0 });
    expect(slashQuery("show /dash", 10)).toEqual({ query: "dash", start: 5 });
    expect(slashQuery("1/2", 3)).toBeNull();
    expect(slashQuery("/kpis now", 9)).toBeNull();
  });

  it("lists the commands that start with the query before those that contain it", () => {
    expect(matchingCommands(commands, "c").map((entry) => entry.command)).toEqual([
      "chart",
      "kpis",
      "jira-create-issue",
      "open-incidents",
    ]);
    expect(matchingCommands(commands, "kp").map((entry) => entry.tool)).toEqual(["get_company_kpis"]);
  });
});
