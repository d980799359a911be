import { describe, expect, it } from "vitest";
import { filterCommands, type PaletteCommand } from "./palette-command.ts";

const command = (id: string, label: string, group = "Actions"): PaletteCommand => ({
  id,
  label,
  group,
  run: () => undefined,
});
const commands = [
  command("new", "New conversation"),
  command("sales", "Open dashboard: Sales funnel", "Dashboards"),
  command("hc", "Cambiar tema: Alto contraste", "Tema"),
  command("es", "Switch language: Español", "Language"),
];

describe("filterCommands", () => {
  it("keeps every command for an empty query, in order", () => {
    expect(filterCommands(commands, "  ").map((entry) => entry.id)).toEqual(["new", "sales", "hc", "es"]);
  });

  it("needs every word, in any order, case and accents ignored, group names included", () => {
    expect(filterCommands(commands, "FUNNEL sales").map((entry) => entry.id)).toEqual(["sales"]);
    expect(filterCommands(commands, "espanol").map((entry) => entry.id)).toEqual(["es"]);
    expect(filterCommands(commands, "dashboards").map((entry) => entry.id)).toEqual(["sales"]);
    expect(filterCommands(commands, "contraste alto").map((entry) => entry.id)).toEqual(["hc"]);
    expect(filterCommands(commands, "sales nothing")).toEqual([]);
  });
});
