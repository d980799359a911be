/** `npx tsx packages/models/src/builtin/evaluation/run.ts`: the built-in model's accuracy on the evaluation set. */
import { evaluateBuiltinModel } from "./evaluate-builtin-model.ts";

const report = await evaluateBuiltinModel();
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
console.log(`Built-in model: ${report.correct}/${report.total} correct (${percent(report.accuracy)})`);
for (const [split, accuracy] of Object.entries(report.bySplit)) {
  console.log(`  ${split.padEnd(12)} ${accuracy.correct}/${accuracy.total} (${percent(accuracy.accuracy)})`);
}
for (const [category, accuracy] of Object.entries(report.byCategory)) {
  console.log(
    `  ${category.padEnd(12)} ${accuracy.correct}/${accuracy.total} (${percent(accuracy.accuracy)})`,
  );
}
for (const failure of report.failures) {
  console.log(
    `  ✗ ${failure.text}\n      expected ${JSON.stringify(failure.expected)}\n      got ${JSON.stringify(failure.got.toolCalls)} ${JSON.stringify(failure.got.text.slice(0, 100))}`,
  );
}
