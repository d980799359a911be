import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/** The part of @axe-core/playwright's AxeBuilder used here (its types live with the package, out of reach). */
interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}
interface AxeBuilderLike {
  withTags(tags: string[]): AxeBuilderLike;
  exclude(selector: string): AxeBuilderLike;
  analyze(): Promise<AxeResults>;
}
type AxeBuilderClass = new (options: { page: Page }) => AxeBuilderLike;

/**
 * @axe-core/playwright is a devDependency of @penny/web, installed under apps/web/node_modules: resolve it the way
 * that workspace does.
 */
async function loadAxeBuilder(): Promise<AxeBuilderClass> {
  const require = createRequire(new URL("../../apps/web/package.json", import.meta.url));
  const module = (await import(require.resolve("@axe-core/playwright"))) as { default: AxeBuilderClass };
  return module.default;
}

/** One axe finding, shortened for a readable test failure. */
export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Runs axe (WCAG 2.0–2.2 A and AA rules) on the page and returns its serious and critical violations. Frames with an
 * empty `sandbox` (untrusted HTML and SVG shown as they came) are left out: axe must run script inside a frame to
 * audit it, which such a frame forbids — the audit then never finishes — and their content is the outside document,
 * not Penny's interface. Their titles are checked by the tests that show them.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const AxeBuilder = await loadAxeBuilder();
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .exclude('iframe[sandbox=""]')
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}
