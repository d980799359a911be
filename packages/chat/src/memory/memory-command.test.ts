import { describe, expect, it } from "vitest";
import { parseMemoryCommand } from "./memory-command.ts";

describe("parseMemoryCommand", () => {
  it.each([
    ["remember that my team is Borealis", "my team is Borealis"],
    ["Remember that my team is Borealis.", "my team is Borealis"],
    ["please remember: I prefer bar charts", "I prefer bar charts"],
    ["Please, remember that our fiscal year starts in April!", "our fiscal year starts in April"],
    ["from now on remember I report to Maria", "I report to Maria"],
    ["From now on, remember that I'm the CFO.", "I'm the CFO"],
    ["Hi Penny! Can you remember that my manager is J. Smith?", "my manager is J. Smith"],
    ["don't forget that the board meets on Fridays", "the board meets on Fridays"],
    ["Don’t forget: I’m out on Mondays", "I’m out on Mondays"],
    ["save this to memory: my favourite KPI is ARR", "my favourite KPI is ARR"],
    ['remember: "quarterly reviews happen in the first week"', "quarterly reviews happen in the first week"],
  ])("captures the English %j", (text, content) => {
    expect(parseMemoryCommand(text)).toEqual({ action: "remember", content });
  });

  it.each([
    ["recuerda que mi equipo es Borealis", "mi equipo es Borealis"],
    ["Por favor, recuerda: trabajo en Madrid.", "trabajo en Madrid"],
    ["acuérdate de que prefiero gráficos de barras", "prefiero gráficos de barras"],
    ["A partir de ahora recuerda que reporto a María", "reporto a María"],
    ["no olvides que mi jefa es Ana", "mi jefa es Ana"],
    ["¿Puedes recordar que el cierre es el día 5?", "el cierre es el día 5"],
  ])("captures the Spanish %j", (text, content) => {
    expect(parseMemoryCommand(text)).toEqual({ action: "remember", content });
  });

  it.each([
    ["forget that my team is Borealis", "my team is Borealis"],
    ["Please forget: the Atlas project", "the Atlas project"],
    ["olvida que mi equipo es Borealis", "mi equipo es Borealis"],
    ["olvídate de Borealis", "Borealis"],
  ])("reads %j as a request to forget", (text, content) => {
    expect(parseMemoryCommand(text)).toEqual({ action: "forget", content });
  });

  it("reads the command in a later sentence and only that sentence", () => {
    expect(parseMemoryCommand("What's our revenue? Also, remember that I report to Maria. Thanks")).toEqual({
      action: "remember",
      content: "I report to Maria",
    });
  });

  it.each([
    "do you remember the Q3 numbers?",
    "Do you remember that my team is Borealis?",
    "remember the Q3 numbers",
    "remember to include a chart",
    "remember that time we hit a million?",
    "I remember when revenue was lower",
    "¿Recuerdas qué día es hoy?",
    "Recuerda qué día es hoy",
    "¿recuerdas que te hablé de Borealis?",
    "did you forget that I'm on Borealis?",
    "forget it",
    "forget about it",
    "Forget about the chart, show me revenue as a table",
    "Olvidé que hoy es festivo",
    "remember that",
    "remember that: ok",
    "What's our revenue this quarter?",
    "",
  ])("does not capture %j", (text) => {
    expect(parseMemoryCommand(text)).toBeUndefined();
  });
});
