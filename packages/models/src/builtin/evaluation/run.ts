import { evaluateBuiltinModel, type Tally } from "./evaluate-builtin-model.ts";

function row(name: string, figures: Tally): string {
  return `| ${name.padEnd(12)} | ${String(figures.correct).padStart(7)} | ${String(figures.total).padStart(5)} | ${(figures.accuracy * 100).toFixed(1).padStart(7)}% |`;
}

const report = await evaluateBuiltinModel();
const lines = [
  "| group        | correct | total | accuracy |",
  "| ------------ | ------- | ----- | -------- |",
  row("all", report),
  ...Object.entries(report.byPart).map(([name, figures]) => row(name, figures)),
  ...Object.entries(report.byCategory).map(([name, figures]) => row(name, figures)),
];
console.log(lines.join("\n"));
if (report.failures.length > 0) {
  console.log("\nFailures:");
  for (const failure of report.failures)
    console.log(`- [${failure.part}/${failure.category}] ${failure.prompt}\n    ${failure.problem}`);
}
